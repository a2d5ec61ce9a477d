using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class BasicExecutionTests
{
    private sealed record Person(string Id, string Name, int Age, string[] Tags);

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          hello(name: String = "world"): String!
          person(id: ID!): Person
          people: [Person!]!
          numbers: [Int]
          echo(input: EchoInput): String
          sum(values: [Int!]!): Int
        }
        type Person { id: ID! name: String age: Int tags: [String!]! friend: Person }
        input EchoInput { text: String! times: Int = 1 }
        """)
        .Resolve("Query", "hello", ctx => $"hello {ctx.Arg<string>("name")}")
        .Resolve("Query", "person", ctx => ctx.Arg<string>("id") == "1" ? new Person("1", "Ann", 30, ["a", "b"]) : null)
        .Resolve("Query", "people", _ => new[] { new Person("1", "Ann", 30, []), new Person("2", "Bob", 40, ["x"]) })
        .Resolve("Query", "numbers", _ => new int?[] { 1, null, 3 })
        .Resolve("Query", "echo", ctx =>
        {
            var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
            return string.Concat(Enumerable.Repeat((string)input["text"]!, (int)input["times"]!));
        })
        .Resolve("Query", "sum", ctx => ((IReadOnlyList<object?>)ctx.Arguments["values"]!).Sum(v => (int)v!))
        .Build();

    [Fact]
    public async Task Resolves_fields_with_default_arguments_and_aliases()
    {
        Assert.Equal(J("{'data':{'hello':'hello world','hi':'hello you'}}"),
            await Json(Schema, """{ hello hi: hello(name: "you") }"""));
    }

    [Fact]
    public async Task Default_resolver_reads_CLR_properties_ignoring_case()
    {
        Assert.Equal(J("{'data':{'person':{'id':'1','name':'Ann','age':30,'tags':['a','b'],'friend':null}}}"),
            await Json(Schema, """{ person(id: 1) { id name age tags friend { id } } }"""));
    }

    [Fact]
    public async Task Fragments_and_typename_are_collected_in_order()
    {
        Assert.Equal(J("{'data':{'people':[{'__typename':'Person','name':'Ann','id':'1'},{'__typename':'Person','name':'Bob','id':'2'}]}}"),
            await Json(Schema, """
                { people { __typename ...F ... on Person { id } } }
                fragment F on Person { name }
                """));
    }

    [Fact]
    public async Task Skip_and_include_with_literals_and_variables()
    {
        const string query = """
            query Q($yes: Boolean!, $no: Boolean!) {
              a: hello @include(if: $yes)
              b: hello @include(if: $no)
              c: hello @skip(if: $yes)
              d: hello @skip(if: false) @include(if: true)
              ... @skip(if: $no) { e: hello }
            }
            """;
        Assert.Equal(J("{'data':{'a':'hello world','d':'hello world','e':'hello world'}}"),
            await Json(Schema, query, """{"yes":true,"no":false}"""));
        Assert.Equal(J("{'data':{'b':'hello world','c':'hello world','d':'hello world'}}"),
            await Json(Schema, query, """{"yes":false,"no":true}"""));
    }

    [Fact]
    public async Task Input_objects_get_defaults_from_literals_and_variables()
    {
        Assert.Equal(J("{'data':{'a':'ab','b':'xxx'}}"), await Json(Schema,
            """query($in: EchoInput) { a: echo(input: {text: "ab"}) b: echo(input: $in) }""",
            """{"in":{"text":"x","times":3}}"""));
    }

    [Fact]
    public async Task A_single_value_coerces_to_a_list()
    {
        Assert.Equal(J("{'data':{'a':5,'b':3}}"),
            await Json(Schema, """query($v: [Int!]!) { a: sum(values: 5) b: sum(values: $v) }""", """{"v":3}"""));
    }

    [Fact]
    public async Task Lists_keep_null_items_of_nullable_item_type()
    {
        Assert.Equal(J("{'data':{'numbers':[1,null,3]}}"), await Json(Schema, "{ numbers }"));
    }

    [Fact]
    public async Task Operation_selection_errors_are_request_errors()
    {
        const string two = "query A { hello } query B { hello }";
        var missing = await Execute(Schema, two);
        Assert.True(missing.IsRequestError);
        Assert.Equal(RequestErrorKind.Operation, missing.RequestError);
        Assert.Equal(J("{'errors':[{'message':'Must provide operation name if query contains multiple operations.'}]}"),
            ExecutionResultJson.Serialize(missing));
        Assert.Equal(J("{'errors':[{'message':'Unknown operation named \\u0022C\\u0022.'}]}"),
            ExecutionResultJson.Serialize(await Execute(Schema, two, operationName: "C")));
        Assert.Equal(J("{'data':{'hello':'hello world'}}"), ExecutionResultJson.Serialize(await Execute(Schema, two, operationName: "B")));
    }

    [Fact]
    public async Task Syntax_and_validation_errors_have_no_data_key()
    {
        var syntax = await Execute(Schema, "{ hello ");
        Assert.Equal(RequestErrorKind.Syntax, syntax.RequestError);
        Assert.Equal(J("{'errors':[{'message':'Syntax Error: Expected Name, found \\u003CEOF\\u003E.','locations':[{'line':1,'column':9}]}]}"),
            ExecutionResultJson.Serialize(syntax));
        var invalid = await Execute(Schema, "{ nope }");
        Assert.Equal(RequestErrorKind.Validation, invalid.RequestError);
        Assert.DoesNotContain("\"data\"", ExecutionResultJson.Serialize(invalid));
        Assert.Equal(RequestErrorKind.Syntax, (await Execute(Schema, "  ")).RequestError);
    }

    [Fact]
    public async Task Mutations_are_refused_when_not_allowed()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }").Build();
        var result = await Execute(schema, "mutation { b }", configure: o => new ExecutionOptions(o.Schema) { AllowMutations = false });
        Assert.Equal(RequestErrorKind.MutationNotAllowed, result.RequestError);
        Assert.True((await Execute(schema, "subscription { a }")).IsRequestError);
    }
}
