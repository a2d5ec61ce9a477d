using JointMeeting.GraphQL.Language;

namespace JointMeeting.GraphQL.Tests.Language;

/// <summary>Hostile documents must fail with a syntax error, never a stack overflow.</summary>
public class ParserLimitTests
{
    [Theory]
    [InlineData("", "{a", 100_000)]
    [InlineData("{ a(b: ", "[", 100_000)]
    [InlineData("{ a(b: ", "{c: ", 100_000)]
    [InlineData("query ($a: ", "[", 100_000)]
    public void Deep_nesting_is_a_syntax_error(string prefix, string open, int count)
    {
        var source = prefix + string.Concat(Enumerable.Repeat(open, count));
        var options = new ParserOptions { MaxTokens = int.MaxValue, MaxDocumentLength = int.MaxValue };
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options));
        Assert.Contains("maximum nesting depth of 128", error.Message);
    }

    [Fact]
    public void Deep_nesting_within_the_limit_parses()
    {
        var source = "{" + string.Concat(Enumerable.Repeat("a {", 120)) + "b" + new string('}', 121);
        Assert.NotNull(Parser.Parse(source));
    }

    [Fact]
    public void Nesting_fails_safely_even_with_a_huge_depth_limit()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 200_000));
        var options = ParserOptions.Trusted with { MaxDepth = int.MaxValue };
        Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options));
    }

    [Fact]
    public void Too_many_tokens_is_a_syntax_error_like_graphql_js()
    {
        var source = "{" + string.Concat(Enumerable.Repeat(" a", 20_000)) + "}";
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal("Syntax Error: Document contains more that 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Too_long_documents_are_rejected_before_lexing()
    {
        var error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(new string(' ', 2_000_000)));
        Assert.Contains("larger than 1000000 characters", error.Message);
    }
}
