using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using JointMeeting.GraphQL.Validation;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class VariablesAndCacheTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { echo(pick: Pick, n: Int): String list(first: Int): [Int] items(first: Int): [Item] }
        type Item { n: Int }
        input Pick @oneOf { id: ID name: String }
        """)
        .Resolve("Query", "echo", ctx => string.Join(",", ctx.Arguments.Select(a => $"{a.Key}={a.Value}")))
        .Resolve("Query", "list", ctx => Enumerable.Range(0, ctx.Arg<int>("first")).ToArray())
        .Resolve("Query", "items", ctx => Enumerable.Range(0, ctx.Arg<int>("first")).Select(n => new Dictionary<string, object?> { ["n"] = n }).ToArray())
        .Build();

    [Fact]
    public async Task Variable_coercion_failures_are_request_errors_with_graphql_js_wording()
    {
        var result = await Execute(Schema, "query($p: Pick, $n: Int) { echo(pick: $p, n: $n) }", """{"p":{"id":"1","name":"x"},"n":"7"}""");
        Assert.Equal(RequestErrorKind.Variables, result.RequestError);
        Assert.Equal(J("{'errors':[{'message':'Variable \\u0022$p\\u0022 got invalid value { id: \\u00221\\u0022, name: \\u0022x\\u0022 }; Exactly one key must be specified for OneOf type \\u0022Pick\\u0022.','locations':[{'line':1,'column':7}]},{'message':'Variable \\u0022$n\\u0022 got invalid value \\u00227\\u0022; Int cannot represent non-integer value: \\u00227\\u0022','locations':[{'line':1,'column':17}]}]}"),
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Absent_and_null_variables_differ()
    {
        Assert.Equal(J("{'data':{'echo':''}}"), await Json(Schema, "query($n: Int) { echo(n: $n) }", "{}"));
        Assert.Equal(J("{'data':{'echo':'n='}}"), await Json(Schema, "query($n: Int) { echo(n: $n) }", """{"n":null}"""));
    }

    [Fact]
    public async Task Repeated_queries_parse_and_validate_once()
    {
        var executor = new GraphQLExecutor(cacheCapacity: 10);
        for (int i = 0; i < 5; i++) await Execute(Schema, "{ list(first: 2) }", executor: executor);
        Assert.Equal(1, executor.Cache.Misses);
        Assert.Equal(4, executor.Cache.Hits);
        for (int i = 0; i < 30; i++) await Execute(Schema, $"{{ list(first: {i}) }}", executor: executor);
        Assert.True(executor.Cache.Count <= 10);
    }

    [Fact]
    public async Task Cost_limit_uses_the_variable_values_of_each_request()
    {
        var limits = new ValidationOptions { MaxCost = 100 };
        var small = await Execute(Schema, "query($f: Int) { items(first: $f) { n } }", """{"f":5}""", configure: o => new ExecutionOptions(o.Schema) { Limits = limits });
        Assert.False(small.IsRequestError);
        var large = await Execute(Schema, "query($f: Int) { items(first: $f) { n } }", """{"f":100000}""", configure: o => new ExecutionOptions(o.Schema) { Limits = limits });
        Assert.Equal(RequestErrorKind.Validation, large.RequestError);
    }

    [Fact]
    public async Task Result_writer_orders_errors_data_extensions()
    {
        var result = await Execute(Schema, "{ list(first: 1) }");
        result.Extensions = new Dictionary<string, object?> { ["cost"] = 3 };
        Assert.Equal(J("{'data':{'list':[0]},'extensions':{'cost':3}}"), ExecutionResultJson.Serialize(result));
    }
}
