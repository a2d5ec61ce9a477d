namespace JointMeeting.GraphQL.Validation;

/// <summary>How a document is validated: error cap, hints, and the limits beyond the specification.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>Stop after this many errors (graphql-js's default is 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave "Did you mean …?" hints out of messages.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Deepest allowed nesting of fields (top-level fields are depth 1); 0 turns the check off.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Highest allowed operation cost; 0 turns the check off. See <see cref="Rules.CostLimitRule"/>.</summary>
    public int MaxCost { get; init; } = 5_000;

    /// <summary>Most aliases one document may use; 0 turns the check off.</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Arguments whose integer value says how many items a list field returns.</summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>List size assumed when a size argument is a variable whose value is unknown.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Variable values of the request, when known, so size arguments given as variables count exactly.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }
}
