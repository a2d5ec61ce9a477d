using System.Text;

namespace JointMeeting.GraphQL.Validation;

/// <summary>
/// "Did you mean …?" hints, computed exactly like graphql-js (<c>suggestionList</c>, <c>didYouMean</c>,
/// <c>naturalCompare</c>) so that messages compare equal with the reference implementation.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var measure = new LexicalDistance(input);
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            int? distance = measure.Measure(option, threshold);
            if (distance is { } d) distances[option] = d;
        }
        var result = new List<string>(distances.Keys);
        // List.Sort is not stable, but the comparison is total for distinct keys
        result.Sort((a, b) =>
        {
            int diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary><c> Did you mean "a", "b", or "c"?</c>, or empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    /// <summary>As <see cref="DidYouMean(IReadOnlyList{string})"/> with a sub-message, e.g. "the enum value".</summary>
    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0) return "";
        var message = new StringBuilder(" Did you mean ");
        if (subMessage != null) message.Append(subMessage).Append(' ');
        if (suggestions.Count == 1) return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
        if (suggestions.Count == 2)
            return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        int selected = Math.Min(suggestions.Count, MaxSuggestions);
        for (int i = 0; i < selected - 1; i++)
        {
            if (i > 0) message.Append(", ");
            message.Append('"').Append(suggestions[i]).Append('"');
        }
        return message.Append(", or \"").Append(suggestions[selected - 1]).Append("\"?").ToString();
    }

    /// <summary>Compares strings with runs of digits compared by numeric value, like graphql-js.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0, bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            char ac = a[ai], bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                // mirrors graphql-js: a leading zero ends the number (so "0" < "00")
                long an = 0;
                do { ++ai; an = an * 10 + ac - '0'; ac = ai < a.Length ? a[ai] : '\0'; } while (char.IsAsciiDigit(ac) && an > 0);
                long bn = 0;
                do { ++bi; bn = bn * 10 + bc - '0'; bc = bi < b.Length ? b[bi] : '\0'; } while (char.IsAsciiDigit(bc) && bn > 0);
                if (an < bn) return -1;
                if (an > bn) return 1;
            }
            else
            {
                if (ac < bc) return -1;
                if (ac > bc) return 1;
                ++ai;
                ++bi;
            }
        }
        return a.Length - b.Length;
    }

    /// <summary>Optimal string alignment distance, case-insensitive, with early exit past a threshold.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _lower = input.ToLowerInvariant();

        public int? Measure(string option, int threshold)
        {
            if (input == option) return 0;
            string optionLower = option.ToLowerInvariant();
            // any case change counts as a single edit
            if (_lower == optionLower) return 1;
            string a = optionLower, b = _lower;
            if (a.Length < b.Length) (a, b) = (b, a);
            int aLength = a.Length, bLength = b.Length;
            if (aLength - bLength > threshold) return null;
            var rows = new int[3][];
            for (int r = 0; r < 3; r++) rows[r] = new int[bLength + 1];
            for (int j = 0; j <= bLength; j++) rows[0][j] = j;
            for (int i = 1; i <= aLength; i++)
            {
                int[] up = rows[(i - 1) % 3], current = rows[i % 3];
                int smallest = current[0] = i;
                for (int j = 1; j <= bLength; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                    if (cell < smallest) smallest = cell;
                    current[j] = cell;
                }
                if (smallest > threshold) return null;
            }
            int distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}
