namespace JointMeeting.GraphQL.Language;

/// <summary>The directive location names the spec defines, in spec order.</summary>
public static class DirectiveLocationNames
{
    /// <summary>Executable locations then type-system locations.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION",
        "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly HashSet<string> Valid = new(All, StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a spec directive location.</summary>
    public static bool IsValid(string name) => Valid.Contains(name);
}
