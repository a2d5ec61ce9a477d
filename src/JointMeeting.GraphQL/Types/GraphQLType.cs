using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Types;

/// <summary>The eight type kinds, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    /// <summary>The kind of type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The innermost named type (graphql-js <c>getNamedType</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without an outer non-null (graphql-js <c>getNullableType</c>).</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>True for scalars, enums, input objects and wrappers of them.</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>True for scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public bool IsOutputType => GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>True for scalars and enums (not wrapped).</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>True for objects, interfaces and unions (not wrapped).</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>True for interfaces and unions (not wrapped).</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>Wraps this type in a list.</summary>
    public ListType List() => new(this);

    /// <summary>Wraps this type in non-null (no-op when already non-null).</summary>
    public NonNullType NonNull() => this as NonNullType ?? new NonNullType(this);

    /// <summary>The type reference as SDL, e.g. <c>[Wish!]!</c>.</summary>
    public abstract override string ToString();

    /// <summary>True when both describe the same type reference (graphql-js <c>isEqualType</c>).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => a switch
    {
        NonNullType x => b is NonNullType y && AreEqual(x.OfType, y.OfType),
        ListType x => b is ListType y && AreEqual(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>The AST type reference for this type.</summary>
    public TypeNode ToTypeNode() => this switch
    {
        NonNullType n => new NonNullTypeNode { Type = n.OfType.ToTypeNode() },
        ListType l => new ListTypeNode { Type = l.OfType.ToTypeNode() },
        _ => new NamedTypeNode { Name = NameNode.Of(GetNamedType().Name) },
    };
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates a named type; the name is checked when the schema is validated.</summary>
    protected NamedType(string name) => Name = name;

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Directives applied to the type (from SDL or code), in order.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; set; } = [];

    /// <summary>The SDL definition this type came from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>SDL extensions merged into this type, if any.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; set; } = [];

    /// <inheritdoc />
    public override NamedType GetNamedType() => this;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary><c>[T]</c>.</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; } = ofType;

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

/// <summary><c>T!</c>; <see cref="OfType"/> is never itself non-null.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    /// <summary>The nullable inner type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}
