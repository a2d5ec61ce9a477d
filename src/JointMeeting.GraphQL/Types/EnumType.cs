using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>One value of an enum type: its GraphQL name and the CLR value it stands for.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    /// <summary>The GraphQL name, e.g. <c>OPEN</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The internal (CLR) value; the name itself for SDL enums without a binding.</summary>
    public object? Value { get; } = value;

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Why the value is deprecated; null when it is not.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the value.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = [];

    /// <summary>The SDL node this value came from, if any.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }
}

/// <summary>An enum type; maps GraphQL names to internal values both ways.</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values in declaration order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values => _values;

    /// <summary>Adds a value.</summary>
    public EnumValueDefinition AddValue(EnumValueDefinition value)
    {
        _values.Add(value);
        _byName[value.Name] = value;
        if (value.Value is not null) _byValue.TryAdd(value.Value, value);
        return value;
    }

    /// <summary>Finds a value by GraphQL name.</summary>
    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: internal value → name (graphql-js wording on failure).</summary>
    public string Serialize(object? value)
    {
        if (value is not null && _byValue.TryGetValue(value, out var found)) return found.Name;
        // a string that names a value serializes too, so SDL-first resolvers can return names
        if (value is string s && _byName.TryGetValue(s, out found)) return found.Name;
        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value (a string name).</summary>
    public object? ParseValue(object? input)
    {
        if (input is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } json) input = json.GetString();
        if (input is not string name)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(input)}.");
        if (!_byName.TryGetValue(name, out var found))
            throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum.");
        return found.Value;
    }

    /// <summary>Input coercion of a literal (must be an enum literal naming a value).</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode e)
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {Language.Printer.Print(literal)}.", literal);
        if (!_byName.TryGetValue(e.Value, out var found))
            throw new GraphQLError($"Value \"{e.Value}\" does not exist in \"{Name}\" enum.", literal);
        return found.Value;
    }
}
