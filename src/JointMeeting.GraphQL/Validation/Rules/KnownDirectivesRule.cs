using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.1 / 5.7.2: directives are defined, and used only at locations they allow.</summary>
internal sealed class KnownDirectivesRule : RuleVisitor
{
    private readonly Dictionary<string, HashSet<string>> _locations = new(StringComparer.Ordinal);

    public KnownDirectivesRule(ValidationContext context) : base(context)
    {
        foreach (var directive in context.Schema.Directives)
            _locations[directive.Name] = [.. TypeFacts.LocationNames(directive)];
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is not DirectiveDefinitionNode directive) continue;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var location in directive.Locations) names.Add(location.Value);
            _locations[directive.Name.Value] = names;
        }
    }

    protected override bool EnterDirective(DirectiveNode node)
    {
        string name = node.Name.Value;
        if (!_locations.TryGetValue(name, out var allowed))
        {
            Report($"Unknown directive \"@{name}\".", node);
            return true;
        }
        string? location = LocationOf(Context.Ancestors);
        if (location != null && !allowed.Contains(location))
            Report($"Directive \"@{name}\" may not be used on {location}.", node);
        return true;
    }

    /// <summary>The directive location of the node the directive is applied to (the last ancestor).</summary>
    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors) => ancestors[^1] switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => "QUERY",
        OperationDefinitionNode { Operation: OperationType.Mutation } => "MUTATION",
        OperationDefinitionNode => "SUBSCRIPTION",
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        // graphql-js checks only for an input object definition here (so extensions count as arguments)
        InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
            ? "INPUT_FIELD_DEFINITION" : "ARGUMENT_DEFINITION",
        DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
        _ => null,
    };
}
