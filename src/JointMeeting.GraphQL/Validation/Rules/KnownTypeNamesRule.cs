using JointMeeting.GraphQL.Introspection;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.2 / 5.8.2: every named type reference is a type of the schema.</summary>
internal sealed class KnownTypeNamesRule(ValidationContext context) : RuleVisitor(context)
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private HashSet<string>? _definedInDocument;

    protected override bool EnterNamedType(NamedTypeNode node)
    {
        string name = node.Name.Value;
        if (TypeFacts.TypeFromAst(Context.Schema, node) != null || DefinedInDocument().Contains(name)) return true;
        // the top-level definition holding the reference: Ancestors[0] is the document
        bool inTypeSystem = Context.Ancestors.Count > 1 && Context.Ancestors[1] is TypeSystemDefinitionNode;
        if (inTypeSystem && Array.IndexOf(StandardTypeNames, name) >= 0) return true;
        var suggestions = Context.HideSuggestions ? [] : Suggestions.List(name, CandidateNames(inTypeSystem));
        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node);
        return true;
    }

    private IEnumerable<string> CandidateNames(bool inTypeSystem)
    {
        if (inTypeSystem) foreach (var standard in StandardTypeNames) yield return standard;
        foreach (var type in Context.Schema.Types) yield return type.Name;
        foreach (var type in IntrospectionTypes.All) yield return type.Name;
        foreach (var defined in DefinedInDocument()) yield return defined;
    }

    private HashSet<string> DefinedInDocument()
    {
        if (_definedInDocument != null) return _definedInDocument;
        _definedInDocument = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type) _definedInDocument.Add(type.Name.Value);
        }
        return _definedInDocument;
    }
}
