using JointMeeting.GraphQL.Language;

namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>
/// Base of every immutable AST node. Nodes are built once (by the parser or by code with object
/// initialisers) and never change, so they can be shared and cached freely between requests.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>What kind of node this is; lets visitors switch without type tests.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node came from in the source; null for nodes built in code.</summary>
    public Location? Location { get; init; }

    /// <inheritdoc />
    public override string ToString() => Printer.Print(this);
}

/// <summary>A node that can carry directives (<c>@name(args)</c>).</summary>
public interface IHasDirectives
{
    /// <summary>The directives in source order; empty when there are none.</summary>
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node with a name, e.g. a field, a type definition or a fragment.</summary>
public interface INamedSyntaxNode
{
    /// <summary>The node's name.</summary>
    NameNode Name { get; }
}

/// <summary>A type-system node that may carry a description string.</summary>
public interface IHasDescription
{
    /// <summary>The description, or null.</summary>
    StringValueNode? Description { get; }
}

/// <summary>A GraphQL name (<c>/[_A-Za-z][_0-9A-Za-z]*/</c>).</summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Name;

    /// <summary>The name text.</summary>
    public required string Value { get; init; }

    /// <summary>Creates a name node without location.</summary>
    public static NameNode Of(string value) => new() { Value = value };
}

/// <summary>A whole GraphQL document: executable definitions, type-system definitions or both.</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>Number of lexical tokens the parser read (0 for documents built in code).</summary>
    public int TokenCount { get; init; }
}

/// <summary>Base of every top-level definition in a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
}
