using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>
/// Resolves one field. Called by the executor with the field's context; returns the field's
/// value (a CLR object, list, scalar value, or null). May complete synchronously.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolverContext context);

/// <summary>
/// For subscription root fields: produces the event stream; each event becomes the parent of
/// a normal execution of the field's selection (with <see cref="FieldDefinition.Resolver"/>).
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolverContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    /// <summary>Creates a field named <paramref name="name"/> of <paramref name="type"/>.</summary>
    public FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The field's output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Argument definitions in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; set; } = [];

    /// <summary>Why the field is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// The resolver; null means the executor's default resolver (property/dictionary lookup by
    /// field name on the parent, see <see cref="DefaultFieldResolver"/>).
    /// </summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>Event stream source for subscription root fields; null elsewhere.</summary>
    public SubscriptionResolver? Subscriber { get; set; }

    /// <summary>Directives applied to the field.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = [];

    /// <summary>The SDL node this field came from, if any.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Free-form data for middleware and tooling (e.g. an authorization policy).</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Finds an argument by name.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
            if (argument.Name == name) return argument;
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    /// <summary>Creates an input value named <paramref name="name"/> of <paramref name="type"/>.</summary>
    public InputValueDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// The default value as a constant literal (how SDL states it); null when there is no default.
    /// The executor coerces it with <see cref="Type"/> like any literal.
    /// </summary>
    public ValueNode? DefaultValue { get; set; }

    /// <summary>True when a default value is declared (a <c>null</c> literal counts).</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Why the value is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the value.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = [];

    /// <summary>The SDL node this value came from, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>True when the value must be provided: non-null type and no default.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type}";
}
