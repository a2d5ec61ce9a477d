namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>The three operation types.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>An operation or a fragment definition: what a request document contains.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives
{
    /// <summary>The definition's name; null only for an anonymous operation.</summary>
    public NameNode? Name { get; init; }

    /// <summary>Draft spec: executable definitions may carry a description.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>The selection set.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary><c>query Name($v: T) @dir { ... }</c>, or the shorthand <c>{ ... }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType Operation { get; init; }

    /// <summary>Variable definitions; empty when there are none.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

/// <summary><c>$name: Type = default @dir</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode, IHasDirectives
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    /// <summary>Draft spec: variable definitions may carry a description.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }

    /// <summary>The declared type.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The default value (const), or null.</summary>
    public ValueNode? DefaultValue { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

/// <summary><c>fragment Name on Type @dir { ... }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    /// <summary>The fragment's name (never null for fragments).</summary>
    public new required NameNode Name { get => base.Name!; init => base.Name = value; }

    /// <summary>Experimental (legacy) fragment variables; empty unless the parser option allows them.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];

    /// <summary>The type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}
