using System.Text.RegularExpressions;

namespace JointMeeting.EventStore;

/// <summary>Guards names that are spliced into SQL text (schema names cannot be parameters).</summary>
internal static partial class SqlIdentifier
{
    public static string Validate(string name)
    {
        if (name is null || !Pattern().IsMatch(name))
            throw new ArgumentException(
                $"'{name}' is not a valid schema name: use lower-case letters, digits and '_', starting with a letter or '_', at most 50 characters.",
                nameof(name));
        return name;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,49}$")]
    private static partial Regex Pattern();
}
