namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>Base of every input value literal (and variables).</summary>
public abstract class ValueNode : SyntaxNode
{
}

/// <summary><c>$name</c>.</summary>
public sealed class VariableNode : ValueNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <summary>The variable name (without <c>$</c>).</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal, kept as source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal text, e.g. <c>-42</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal, kept as source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal text, e.g. <c>1.5e3</c>.</summary>
    public required string Value { get; init; }
}

/// <summary>A string literal with escapes resolved (block strings already dedented).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The cooked string value.</summary>
    public required string Value { get; init; }

    /// <summary>True when written as a <c>"""block string"""</c>.</summary>
    public bool Block { get; init; }
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public bool Value { get; init; }
}

/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum literal (a name other than true/false/null).</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value name.</summary>
    public required string Value { get; init; }
}

/// <summary><c>[v, ...]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary><c>{ name: v, ... }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields in source order (duplicates are a validation error, not a parse error).</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>One <c>name: value</c> inside an object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
}
