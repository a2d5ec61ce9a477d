namespace JointMeeting.GraphQL.Language.Ast;

/// <summary>
/// Where a node or token sits in the source text: <see cref="Start"/> and <see cref="End"/> are
/// character offsets (end exclusive); <see cref="Line"/> and <see cref="Column"/> are 1-based and
/// describe <see cref="Start"/>, counted the way graphql-js counts them.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"({Line}:{Column})";
}
