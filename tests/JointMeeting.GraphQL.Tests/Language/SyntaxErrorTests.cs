using JointMeeting.GraphQL.Language;

namespace JointMeeting.GraphQL.Tests.Language;

/// <summary>Messages and locations recorded from graphql-js 16 <c>parse()</c> for the same inputs.</summary>
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(b: 012) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(b: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(b: 12abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10)]
    [InlineData("{ a(b: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{ a(b: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(b: \"\\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 9)]
    [InlineData("{ a(b: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(b: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("{ a 'b' }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 5)]
    [InlineData("\n\n  { a(b: \"\"\"\n\n   \"\"\" c: \"\\z\") }", "Syntax Error: Invalid character escape sequence: \"\\z\".", 5, 12)]
    [InlineData("{ a .. }", "Syntax Error: Unexpected character: \".\".", 1, 5)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("query Q(): Int { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ a }\r\n\r\n {", "Syntax Error: Expected Name, found <EOF>.", 3, 3)]
    [InlineData("extend foo T", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("{ a(b: \"\n\") }", "Syntax Error: Unterminated string.", 1, 9)]
    [InlineData("{ a(b: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(b: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(b: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(b: \"\"\"abc) }", "Syntax Error: Unterminated string.", 1, 17)]
    [InlineData("{ a(b: \"\\uDE00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a }\u00E9", "Syntax Error: Unexpected character: U+00E9.", 1, 6)]
    [InlineData("subscription S { a } extend scalar X", "Syntax Error: Unexpected <EOF>.", 1, 37)]
    [InlineData("{ a \uD83D\uDE00 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    public void Reports_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }
}
