using System.Text;

namespace JointMeeting.GraphQL.Language;

/// <summary>Block string algorithms from the spec and graphql-js (<c>blockString.ts</c>).</summary>
public static class BlockString
{
    /// <summary>The spec's BlockStringValue(): removes common indentation and blank first/last lines.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhitespace(line);
            if (indent == line.Length) continue; // blank lines do not count toward the indent
            if (firstNonEmpty < 0) firstNonEmpty = i;
            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent) commonIndent = indent;
        }
        if (firstNonEmpty < 0) return string.Empty;

        var result = new StringBuilder();
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty) result.Append('\n');
            string line = lines[i];
            if (i == 0) result.Append(line);
            else if (line.Length > commonIndent) result.Append(line, commonIndent, line.Length - commonIndent);
        }
        return result.ToString();
    }

    private static int LeadingWhitespace(string line)
    {
        int i = 0;
        while (i < line.Length && IsWhiteSpace(line[i])) i++;
        return i;
    }

    private static bool IsWhiteSpace(int c) => c == ' ' || c == '\t';

    /// <summary>graphql-js <c>isPrintableAsBlockString</c>: would a block string round-trip this value exactly?</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0) return true;
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or (>= '\u000E' and <= '\u000F'):
                    return false; // non-printable characters
                case '\r':
                    return false; // \r would come back as \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false; // leading new line
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t':
                case ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine) return false; // trailing empty lines
        if (hasCommonIndent && seenNonEmptyLine) return false; // internal indent
        return true;
    }

    /// <summary>graphql-js <c>printBlockString</c>: prints <paramref name="value"/> as <c>"""..."""</c>.</summary>
    public static string Print(string value, bool minimize = false)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"");
        // split on \r\n, \n and \r only (string.ReplaceLineEndings would also split on \f etc.)
        string[] lines = escaped.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        bool isSingleLine = lines.Length == 1;

        bool forceLeadingNewLine = lines.Length > 1;
        for (int i = 1; i < lines.Length && forceLeadingNewLine; i++)
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) result.Append('\n');
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline) result.Append('\n');
        return result.Append("\"\"\"").ToString();
    }
}
