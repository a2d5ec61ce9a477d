namespace JointMeeting.GraphQL.Language.Ast;

/// <summary><c>{ selection* }</c>.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    /// <summary>The selections in source order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>alias: name(args) @dir { ... }</c>.</summary>
public sealed class FieldNode : SelectionNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The alias, or null.</summary>
    public NameNode? Alias { get; init; }

    /// <summary>The field name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments; empty when there are none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];

    /// <summary>The sub-selection, or null for a leaf.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The response key: the alias when there is one, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary><c>...Name @dir</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    /// <summary>The fragment's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>... on Type @dir { ... }</c> (type condition optional).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    /// <summary>The type condition, or null.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary><c>name: value</c> in a field or directive.</summary>
public sealed class ArgumentNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Argument;

    /// <summary>The argument name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary><c>@name(args)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name (without <c>@</c>).</summary>
    public required NameNode Name { get; init; }

    /// <summary>The arguments; empty when there are none.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}
