namespace JointMeeting.GraphQL.Types;

/// <summary>
/// Names the concrete object type of a value returned for an interface or union field; returns
/// the object type's name, or null to fall back to <see cref="ObjectType.IsTypeOf"/> checks.
/// </summary>
public delegate string? TypeResolver(object value, ResolverContext context);

/// <summary>Base of object and interface types: named types with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly Dictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> _fieldList = [];
    private readonly List<InterfaceType> _interfaces = [];

    /// <summary>Creates the type; fields and interfaces are added while the schema is built.</summary>
    protected ComplexType(string name) : base(name)
    {
    }

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fieldList;

    /// <summary>Implemented interfaces in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>Finds a field by name (no introspection meta-fields; the executor adds those).</summary>
    public FieldDefinition? GetField(string name) => _fields.GetValueOrDefault(name);

    /// <summary>Adds a field, or replaces the field with the same name.</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        if (_fields.TryGetValue(field.Name, out var existing)) _fieldList[_fieldList.IndexOf(existing)] = field;
        else _fieldList.Add(field);
        _fields[field.Name] = field;
        return field;
    }

    /// <summary>Declares that this type implements <paramref name="interfaceType"/> (once).</summary>
    public void AddInterface(InterfaceType interfaceType)
    {
        if (!_interfaces.Contains(interfaceType)) _interfaces.Add(interfaceType);
    }

    /// <summary>True when this type declares <paramref name="interfaceType"/> among its interfaces.</summary>
    public bool Implements(InterfaceType interfaceType) => _interfaces.Contains(interfaceType);
}

/// <summary>An object type: the only type the executor resolves fields on.</summary>
public sealed class ObjectType(string name) : ComplexType(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Decides whether a runtime value belongs to this type when an interface or union has no
    /// <see cref="TypeResolver"/>; null means "unknown". Code-first types set it from <see cref="ClrType"/>.
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>The CLR type that backs this GraphQL type in code-first schemas, if any.</summary>
    public Type? ClrType { get; set; }
}

/// <summary>An interface type; may implement other interfaces.</summary>
public sealed class InterfaceType(string name) : ComplexType(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Names the concrete type of a value; null means "use IsTypeOf of the possible types".</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A union of object types.</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    private readonly List<ObjectType> _types = [];

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Names the concrete type of a value; null means "use IsTypeOf of the members".</summary>
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Adds a member type (once).</summary>
    public void AddType(ObjectType type)
    {
        if (!_types.Contains(type)) _types.Add(type);
    }
}
