using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>A directive the schema declares: built-in (<see cref="BuiltInDirectives"/>) or custom.</summary>
public sealed class DirectiveDefinition(string name)
{
    /// <summary>The name without <c>@</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Argument definitions in order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; set; } = [];

    /// <summary>Where the directive may appear (spec location names, e.g. <c>FIELD</c>).</summary>
    public IReadOnlyList<string> Locations { get; set; } = [];

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>The SDL node this directive came from, if any.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Finds an argument by name.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
            if (argument.Name == name) return argument;
        return null;
    }
}

/// <summary>The spec directives every schema has.</summary>
public static class BuiltInDirectives
{
    /// <summary>graphql-js DEFAULT_DEPRECATION_REASON.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new("include")
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", BuiltInScalars.Boolean.NonNull()) { Description = "Included when true." }],
        Locations = ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
    };

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new("skip")
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", BuiltInScalars.Boolean.NonNull()) { Description = "Skipped when true." }],
        Locations = ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
    };

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new("deprecated")
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new InputValueDefinition("reason", BuiltInScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = new StringValueNode { Value = DefaultDeprecationReason },
            },
        ],
        Locations = ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE", "DIRECTIVE_DEFINITION"],
    };

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy")
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new InputValueDefinition("url", BuiltInScalars.String.NonNull()) { Description = "The URL that specifies the behavior of this scalar." }],
        Locations = ["SCALAR"],
    };

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf")
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = ["INPUT_OBJECT"],
    };

    /// <summary>All built-ins in graphql-js <c>specifiedDirectives</c> order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True for a built-in directive name.</summary>
    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
