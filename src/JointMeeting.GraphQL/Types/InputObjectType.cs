namespace JointMeeting.GraphQL.Types;

/// <summary>An input object type; with <see cref="IsOneOf"/> exactly one field must be given.</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private readonly Dictionary<string, InputValueDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _fieldList = [];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fieldList;

    /// <summary>True when declared with <c>@oneOf</c>.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The CLR type inputs bind to by default in code-first schemas, if any.</summary>
    public Type? ClrType { get; set; }

    /// <summary>Finds a field by name.</summary>
    public InputValueDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds a field, or replaces the field with the same name.</summary>
    public InputValueDefinition AddField(InputValueDefinition field)
    {
        if (_fields.TryGetValue(field.Name, out var existing)) _fieldList[_fieldList.IndexOf(existing)] = field;
        else _fieldList.Add(field);
        _fields[field.Name] = field;
        return field;
    }
}
