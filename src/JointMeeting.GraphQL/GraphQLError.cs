using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL;

/// <summary>A line and column (both 1-based) in the request document, as in spec §7.1.2 "locations".</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line}:{Column})";
}

/// <summary>
/// An error in a GraphQL response (spec §7.1.2): a message, the document locations it concerns, the
/// response path it happened at, and free-form extensions. It is an exception so that resolvers and
/// the engine can throw it; validation returns it without throwing.
/// </summary>
public class GraphQLError : Exception
{
    private static readonly IReadOnlyList<SyntaxNode> NoNodes = [];

    /// <summary>Creates an error about <paramref name="nodes"/> (their locations become <see cref="Locations"/>).</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<SyntaxNode>? nodes = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
        : base(message, originalError)
    {
        Nodes = nodes ?? NoNodes;
        Locations = LocationsOf(Nodes);
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Creates an error about a single node.</summary>
    public GraphQLError(string message, SyntaxNode node) : this(message, [node])
    {
    }

    /// <summary>The AST nodes the error is about (not serialised; locations are derived from them).</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    /// <summary>Where in the document; empty when no node had a location (then "locations" is omitted).</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>Response path (field names and list indices) for execution errors; null otherwise.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra machine-readable data, e.g. <c>code</c>; null when there is none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A copy with another path, e.g. when an error thrown in a resolver is located in the response.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Nodes, path, Extensions, InnerException);

    /// <inheritdoc />
    public override string ToString() =>
        Locations.Count == 0 ? Message : Message + " " + string.Join(", ", Locations);

    private static IReadOnlyList<ErrorLocation> LocationsOf(IReadOnlyList<SyntaxNode> nodes)
    {
        if (nodes.Count == 0) return [];
        var locations = new List<ErrorLocation>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.Location is { } at) locations.Add(new ErrorLocation(at.Line, at.Column));
        }
        return locations;
    }
}
