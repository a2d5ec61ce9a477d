using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        "The schema."
        schema { query: Query }
        type Query { pet: Pet old: Int @deprecated(reason: "gone") find(by: Filter = {size: 2, tags: "a"}): Int }
        interface Pet { name: String }
        type Dog implements Pet { name: String }
        input Filter { tags: [String] size: Int! kind: Kind = B }
        input One @oneOf { a: Int b: Int }
        enum Kind { A B @deprecated }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org")
        directive @tag(name: String!) repeatable on FIELD_DEFINITION
        """).Build();

    [Fact]
    public async Task Type_details_follow_graphql_js()
    {
        Assert.Equal(J("{'data':{'__type':{'kind':'INTERFACE','name':'Pet','possibleTypes':[{'name':'Dog'}],'fields':[{'name':'name','type':{'kind':'SCALAR','name':'String','ofType':null}}]}}}"),
            await Json(Schema, "{ __type(name: \"Pet\") { kind name possibleTypes { name } fields { name type { kind name ofType { name } } } } }"));
        Assert.Equal(J("{'data':{'__type':null}}"), await Json(Schema, "{ __type(name: \"Nope\") { name } }"));
    }

    [Fact]
    public async Task Deprecated_members_appear_only_when_asked()
    {
        Assert.Equal(J("{'data':{'__type':{'a':[{'name':'pet'},{'name':'find'}],'b':[{'name':'pet'},{'name':'old'},{'name':'find'}]}}}"),
            (await Json(Schema, "{ __type(name: \"Query\") { a: fields { name } b: fields(includeDeprecated: true) { name } } }")));
        Assert.Equal(J("{'data':{'__type':{'enumValues':[{'name':'A','isDeprecated':false,'deprecationReason':null},{'name':'B','isDeprecated':true,'deprecationReason':'No longer supported'}]}}}"),
            await Json(Schema, "{ __type(name: \"Kind\") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }"));
    }

    [Fact]
    public async Task Defaults_print_as_normalised_literals_and_flags_are_exposed()
    {
        Assert.Equal(J("{'data':{'q':{'fields':[{'args':[]},{'args':[]},{'args':[{'defaultValue':'{tags: [\\u0022a\\u0022], size: 2, kind: B}'}]}]},'one':{'isOneOf':true},'url':{'specifiedByURL':'https://url.spec.whatwg.org'},'__schema':{'description':'The schema.','directives':[{'name':'tag','isRepeatable':true}]}}}"),
            await Json(Schema, """
                { q: __type(name: "Query") { fields(includeDeprecated: true) { args { defaultValue } } }
                  one: __type(name: "One") { isOneOf }
                  url: __type(name: "Url") { specifiedByURL }
                  __schema { description directives { name isRepeatable } } }
                """).ContinueWith(t => t.Result.Replace(",{\"name\":\"include\",\"isRepeatable\":false},{\"name\":\"skip\",\"isRepeatable\":false},{\"name\":\"deprecated\",\"isRepeatable\":false},{\"name\":\"specifiedBy\",\"isRepeatable\":false},{\"name\":\"oneOf\",\"isRepeatable\":false}", "")));
    }

    [Fact]
    public async Task Typename_works_on_every_composite_type_including_roots()
    {
        var schema = SchemaBuilder.FromSdl("type Query { pet: Pet } interface Pet { name: String } type Dog implements Pet { name: String }")
            .Resolve("Query", "pet", _ => new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex" })
            .Build();
        Assert.Equal(J("{'data':{'__typename':'Query','pet':{'__typename':'Dog','name':'Rex'}}}"), await Json(schema, "{ __typename pet { __typename name } }"));
    }

    [Fact]
    public async Task Introspection_can_be_turned_off()
    {
        var result = await Execute(Schema, "{ __schema { types { name } } }", configure: o => new ExecutionOptions(o.Schema) { AllowIntrospection = false });
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Equal(J("{'errors':[{'message':'GraphQL introspection has been disabled, but the requested query contained the field \\u0022__schema\\u0022.','locations':[{'line':1,'column':3}]}]}"),
            ExecutionResultJson.Serialize(result));
        var typename = await Execute(Schema, "{ __typename }", configure: o => new ExecutionOptions(o.Schema) { AllowIntrospection = false });
        Assert.False(typename.IsRequestError);
    }
}
