using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Language;

/// <summary>
/// A document could not be lexed or parsed, or exceeded a parser limit. <see cref="Exception.Message"/>
/// reads like graphql-js: <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    /// <summary>Creates the error for <paramref name="position"/> in <paramref name="source"/>.</summary>
    public GraphQLSyntaxError(string source, int position, string description)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        (Line, Column) = SourceLocation.LineAndColumn(source, position);
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Character offset of the problem.</summary>
    public int Position { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; }
}

/// <summary>Turns character offsets into line and column the way graphql-js <c>getLocation</c> does.</summary>
public static class SourceLocation
{
    /// <summary>1-based line and column of <paramref name="position"/> (\r\n, \n and \r end lines).</summary>
    public static (int Line, int Column) LineAndColumn(string source, int position)
    {
        // mirrors graphql-js: every line break starting before position counts
        int line = 1, lineStart = 0, i = 0;
        int end = Math.Min(position, source.Length);
        while (i < end)
        {
            char c = source[i];
            if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') { line++; i += 2; lineStart = i; }
            else if (c == '\n' || c == '\r') { line++; i++; lineStart = i; }
            else i++;
        }
        return (line, position + 1 - lineStart);
    }
}
