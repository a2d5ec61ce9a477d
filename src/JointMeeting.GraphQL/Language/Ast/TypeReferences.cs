namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>A type reference: <c>Name</c>, <c>[T]</c> or <c>T!</c>.</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>The innermost named type.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

/// <summary><c>Name</c>.</summary>
public sealed class NamedTypeNode : TypeNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => this;
}

/// <summary><c>[T]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListType;

    /// <summary>The item type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => Type.NamedType;
}

/// <summary><c>T!</c>; <see cref="Type"/> is never itself non-null.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    /// <summary>The nullable type being wrapped (named or list).</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public override NamedTypeNode NamedType => Type.NamedType;
}
