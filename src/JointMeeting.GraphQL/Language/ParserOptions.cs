namespace JointMeeting.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>; the defaults suit untrusted request documents.</summary>
public sealed record ParserOptions
{
    /// <summary>Defaults used when no options are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>No limits beyond stack safety; for trusted SDL shipped with the server.</summary>
    public static ParserOptions Trusted { get; } = new()
    {
        MaxTokens = int.MaxValue,
        MaxDocumentLength = int.MaxValue,
    };

    /// <summary>Most lexical tokens a document may have (graphql-js <c>maxTokens</c>).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest nesting of selection sets, list/object values and list types. Bounded so that the
    /// parser and every recursive consumer of the AST (validation, execution, printing) stay
    /// far from a stack overflow.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Longest source (in UTF-16 characters) accepted before lexing starts.</summary>
    public int MaxDocumentLength { get; init; } = 1_000_000;

    /// <summary>Record source locations on nodes (turn off to save allocations).</summary>
    public bool NoLocation { get; init; }

    /// <summary>Accept the legacy <c>fragment F($v: T) on X</c> syntax.</summary>
    public bool AllowLegacyFragmentVariables { get; init; }
}
