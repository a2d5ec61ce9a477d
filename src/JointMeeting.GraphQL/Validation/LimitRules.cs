using JointMeeting.GraphQL.Validation.Rules;

namespace JointMeeting.GraphQL.Validation;

/// <summary>Limits beyond the specification that keep hostile documents cheap to turn away.</summary>
public static class LimitRules
{
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        new("MaxAliases", c => new AliasLimitRule(c)),
        new("MaxDepth", c => new DepthLimitRule(c)),
        new("MaxCost", c => new CostLimitRule(c)),
    ];

    /// <summary>Extensions of a limit error: a stable code and the numbers involved.</summary>
    internal static Dictionary<string, object?> Extensions(string limit, int maximum, long actual) => new(StringComparer.Ordinal)
    {
        ["code"] = "VALIDATION",
        ["limit"] = limit,
        ["maximum"] = maximum,
        ["actual"] = actual,
    };
}
