using JointMeeting.GraphQL.Language;

namespace JointMeeting.GraphQL.Tests.Language;

public class PrinterTests
{
    private static string Case(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "Cases", name));

    [Theory]
    [InlineData("kitchen")]
    [InlineData("schema")]
    public void Prints_exactly_like_graphql_js(string name)
    {
        var printed = Printer.Print(Parser.Parse(Case(name + ".graphql")));
        Assert.Equal(Case(name + ".expected"), printed);
    }

    [Theory]
    [InlineData("kitchen")]
    [InlineData("schema")]
    public void Parse_print_parse_is_stable(string name)
    {
        var once = Printer.Print(Parser.Parse(Case(name + ".graphql")));
        var twice = Printer.Print(Parser.Parse(once));
        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("{ a(s: \"x\\u0001\\\"\") }", "{\n  a(s: \"x\\u0001\\\"\")\n}")]
    public void Prints_small_documents(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));

    [Fact]
    public void Wraps_long_field_arguments_past_80_columns()
    {
        var printed = Printer.Print(Parser.Parse(
            "{ field(argumentNumberOne: \"aaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbb\") }"));
        Assert.Equal(
            "{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbb\"\n  )\n}",
            printed);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    public void Prints_block_strings_like_graphql_js(string value, string expected) =>
        Assert.Equal(expected, BlockString.Print(value));
}
