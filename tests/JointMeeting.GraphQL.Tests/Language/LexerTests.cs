using JointMeeting.GraphQL.Language;

namespace JointMeeting.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Single(string source)
    {
        var lexer = new Lexer(source);
        return lexer.Advance();
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"variable \\u{1F600}\"", "variable \U0001F600")]
    [InlineData("\"surrogates \\uD83D\\uDE00\"", "surrogates \U0001F600")]
    [InlineData("\"literal \U0001F600\"", "literal \U0001F600")]
    [InlineData("\"\\u{0}\"", "\0")]
    public void Reads_strings(string source, string expected)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n        lines\n\n    \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"   \n   \"\"\"", "")]
    public void Reads_block_strings(string source, string expected)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    public void Reads_numbers(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Fact]
    public void Skips_ignored_tokens_and_tracks_lines()
    {
        var lexer = new Lexer("\uFEFF  # comment\r\n,,\t\n   foo # trailing\r  ...");
        var name = lexer.Advance();
        Assert.Equal((TokenKind.Name, "foo", 3, 4), (name.Kind, name.Value, name.Line, name.Column));
        var spread = lexer.Advance();
        Assert.Equal((TokenKind.Spread, 4, 3), (spread.Kind, spread.Line, spread.Column));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Block_strings_advance_the_line_count()
    {
        var lexer = new Lexer("\"\"\"a\nb\nc\"\"\" name");
        Assert.Equal(1, lexer.Advance().Line);
        var name = lexer.Advance();
        Assert.Equal((3, 6), (name.Line, name.Column));
    }

    [Fact]
    public void Lookahead_does_not_consume()
    {
        var lexer = new Lexer("a b");
        lexer.Advance();
        Assert.Equal("b", lexer.Lookahead().Value);
        Assert.Equal("a", lexer.Current.Value);
        Assert.Equal("b", lexer.Advance().Value);
    }
}
