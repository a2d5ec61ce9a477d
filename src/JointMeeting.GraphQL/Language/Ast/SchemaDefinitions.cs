namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition, or an extension of one.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
}

/// <summary><c>schema @dir { query: Q mutation: M }</c>.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The root operation types.</summary>
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary><c>query: TypeName</c> inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    /// <summary>Which root.</summary>
    public OperationType Operation { get; init; }

    /// <summary>The root type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <summary>The directive name (without <c>@</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>True when declared <c>repeatable</c>.</summary>
    public bool Repeatable { get; init; }

    /// <summary>The location names as written (e.g. <c>FIELD_DEFINITION</c>).</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}

/// <summary>Base of the six named type definitions.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>scalar Name @dir</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements A &amp; B @dir { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Field definitions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>interface Name implements A @dir { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    /// <summary>Field definitions.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>union Name @dir = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

/// <summary><c>enum Name @dir { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    /// <summary>Value definitions.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

/// <summary><c>input Name @dir { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    /// <summary>Input field definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

/// <summary><c>"desc" name(args): Type @dir</c> in an object or interface.</summary>
public sealed class FieldDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];

    /// <summary>The field's type.</summary>
    public required TypeNode Type { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>"desc" name: Type = default @dir</c>: an argument or input field.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The value's type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value (const), or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>"desc" VALUE @dir</c> inside an enum.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    /// <inheritdoc />
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
