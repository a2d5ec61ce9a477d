using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.3: a non-repeatable directive appears at most once per location.</summary>
internal sealed class UniqueDirectivesPerLocationRule : RuleVisitor
{
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    // the schema, and each type, is one location across its definition and extensions
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives) _unique[directive.Name] = !directive.IsRepeatable;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive) _unique[directive.Name.Value] = !directive.Repeatable;
        }
    }

    public override bool Enter(SyntaxNode node)
    {
        if (node is IHasDirectives { Directives.Count: > 0 } owner) Check(node, owner.Directives);
        return true;
    }

    private void Check(SyntaxNode node, IReadOnlyList<DirectiveNode> directives)
    {
        Dictionary<string, DirectiveNode> seen;
        if (node is SchemaDefinitionNode or SchemaExtensionNode) seen = _schemaDirectives;
        else if (node is TypeDefinitionNode or TypeExtensionNode)
        {
            string typeName = ((INamedSyntaxNode)node).Name.Value;
            if (!_typeDirectives.TryGetValue(typeName, out seen!))
                _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }
        else seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);

        foreach (var directive in directives)
        {
            string name = directive.Name.Value;
            if (!_unique.GetValueOrDefault(name)) continue;
            if (seen.TryGetValue(name, out var first))
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            else
                seen[name] = directive;
        }
    }
}
