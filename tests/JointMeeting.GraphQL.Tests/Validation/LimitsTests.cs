using System.Diagnostics;
using System.Text;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Validation;

namespace JointMeeting.GraphQL.Tests.Validation;

public sealed class LimitsTests
{
    private static List<string> Validate(string query, ValidationOptions? options = null) =>
        ValidationHarness.Render(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query, ParserOptions.Trusted), options: options));

    private static string Nested(int depth) =>
        "{ dog { " + string.Concat(Enumerable.Repeat("mother { ", depth - 2)) + "name" + new string('}', depth - 2).Replace("}", " }") + " } }";

    [Fact]
    public void DepthWithinLimitIsValid() => Assert.Empty(Validate(Nested(15)));

    [Fact]
    public void DepthOverLimitIsOneClearError()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(Nested(16)));
        var error = Assert.Single(errors);
        Assert.Equal("The operation nests fields 16 levels deep; at most 15 are allowed.", error.Message);
        Assert.Equal("VALIDATION", error.Extensions!["code"]);
        Assert.Equal("depth", error.Extensions["limit"]);
    }

    [Fact]
    public void DepthCountsThroughFragments() =>
        Assert.Equal(["Operation \"Q\" nests fields 4 levels deep; at most 3 are allowed. @ 1:1"],
            Validate("query Q { dog { ...M } } fragment M on Dog { mother { mother { name } } }", new ValidationOptions { MaxDepth = 3 }));

    [Fact]
    public void CostMultipliesListSizes() =>
        Assert.Equal(["The operation costs 10101; at most 5000 is allowed. @ 1:1"],
            Validate("{ humans(first: 100) { friends(limit: 100) { name } } }"));

    [Fact]
    public void CostUsesVariableValuesWhenKnown()
    {
        const string query = "query Q($n: Int) { humans(first: $n) { friends(limit: $n) { name } } }";
        Assert.Empty(Validate(query, new ValidationOptions { VariableValues = new Dictionary<string, object?> { ["n"] = 20 } }));
        Assert.Equal(["Operation \"Q\" costs 10101; at most 5000 is allowed. @ 1:1"],
            Validate(query, new ValidationOptions { VariableValues = new Dictionary<string, object?> { ["n"] = 100 } }));
    }

    [Fact]
    public void TooManyAliases()
    {
        var query = "{ dog { " + string.Join(" ", Enumerable.Range(0, 101).Select(i => $"a{i}: name")) + " } }";
        var error = Assert.Single(Validate(query));
        Assert.StartsWith("The document uses 101 aliases; at most 100 are allowed. @ 1:", error);
    }

    [Fact]
    public void TenThousandAliasesFinishFastWithAClearError()
    {
        var query = new StringBuilder("{ dog { ");
        for (int i = 0; i < 10_000; i++) query.Append(i % 2 == 0 ? "x: name " : "x: nickname ");
        var document = Parser.Parse(query.Append("} }").ToString(), ParserOptions.Trusted);

        var clock = Stopwatch.StartNew();
        var limited = DocumentValidator.Validate(ValidationHarness.Schema, document);
        Assert.Contains(limited, e => e.Message == "The document uses 10000 aliases; at most 100 are allowed.");

        // the specified rules alone stop on the merge rule's work budget, as graphql-js does
        var specified = DocumentValidator.Validate(ValidationHarness.Schema, document, SpecifiedRules.All);
        Assert.Equal("Validation aborted.", specified[^1].Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static string DoublingFragments(int count)
    {
        // each fragment spreads the next twice: 2^count paths if fragments were expanded naively
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (int i = 0; i < count; i++) query.Append($"fragment F{i} on Dog {{ name x: nickname ...F{i + 1} mother {{ ...F{i + 1} }} }}\n");
        return query.Append($"fragment F{count} on Dog {{ name x: barks }}").ToString();
    }

    [Theory]
    [InlineData(20)]
    [InlineData(300)]
    public void DeeplyNestedFragmentsFinishFast(int count)
    {
        var document = Parser.Parse(DoublingFragments(count), ParserOptions.Trusted);
        var clock = Stopwatch.StartNew();
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, document, SpecifiedRules.All);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        // graphql-js 16 reports the conflicts at 20 levels and gives up ("Validation aborted.") at 300
        if (count == 300) Assert.Equal(["Validation aborted."], errors.Select(e => e.Message));
        else Assert.Contains(errors, e => e.Message.StartsWith("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields", StringComparison.Ordinal));
    }

    [Fact]
    public void DepthLimitStopsDeepFragmentChainsFirst()
    {
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (int i = 0; i < 300; i++) query.Append($"fragment F{i} on Dog {{ mother {{ ...F{i + 1} }} }}\n");
        query.Append("fragment F300 on Dog { name }");
        var error = Assert.Single(DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query.ToString(), ParserOptions.Trusted)));
        Assert.Equal("The operation nests fields 302 levels deep; at most 15 are allowed.", error.Message);
    }

    [Fact]
    public void ErrorCountIsCapped()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => $"f{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query), SpecifiedRules.All);
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void SuggestionsCanBeHidden() =>
        Assert.Equal(["Cannot query field \"nam\" on type \"Dog\". @ 1:9"],
            Validate("{ dog { nam } }", new ValidationOptions { HideSuggestions = true }));
}

public sealed class KnownOperationTypesTests
{
    [Fact]
    public void OperationWithoutRootTypeIsRejected()
    {
        var schema = JointMeeting.GraphQL.Types.SchemaBuilder.FromSdl("type Query { a: Int }").Build();
        var errors = DocumentValidator.Validate(schema, Parser.Parse("query Q { a }\nmutation M { a }\nsubscription S { a }"));
        Assert.Equal(["The mutation operation is not supported by the schema. @ 2:1", "The subscription operation is not supported by the schema. @ 3:1"],
            ValidationHarness.Render(errors));
    }
}
