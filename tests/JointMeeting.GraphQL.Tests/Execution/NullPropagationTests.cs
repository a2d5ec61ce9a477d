using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.4: a field error nulls the nearest nullable position, once, with message, locations and path.</summary>
public class NullPropagationTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { nullable: Box nonNull: Box! list: [Box] nonNullItems: [Box!] asyncBox: Box }
        type Box {
          ok: String
          fails: String
          failsNonNull: String!
          nullNonNull: String!
          child: Box
          nonNullChild: Box!
          badInt: Int
        }
        """)
        .Resolve("Query", "nullable", _ => new object())
        .Resolve("Query", "nonNull", _ => new object())
        .Resolve("Query", "list", _ => new object[] { new(), new() })
        .Resolve("Query", "nonNullItems", _ => new object?[] { new(), null, new() })
        .Resolve("Query", "asyncBox", async _ => { await Task.Yield(); return new object(); })
        .Resolve("Box", "ok", _ => "ok")
        .Resolve("Box", "fails", _ => throw new GraphQLException("boom"))
        .Resolve("Box", "failsNonNull", async _ => { await Task.Delay(1); throw new GraphQLException("async boom", "CONFLICT"); })
        .Resolve("Box", "nullNonNull", _ => null)
        .Resolve("Box", "child", _ => new object())
        .Resolve("Box", "nonNullChild", _ => new object())
        .Resolve("Box", "badInt", _ => "abc")
        .Build();

    [Fact]
    public async Task Error_in_a_nullable_field_nulls_only_that_field()
    {
        Assert.Equal(J("{'errors':[{'message':'boom','locations':[{'line':1,'column':17}],'path':['nullable','fails']}],'data':{'nullable':{'ok':'ok','fails':null}}}"),
            await Json(Schema, "{ nullable { ok fails } }"));
    }

    [Fact]
    public async Task Null_in_a_non_null_field_nulls_the_parent_object()
    {
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Box.nullNonNull.','locations':[{'line':1,'column':25}],'path':['nullable','child','nullNonNull']}],'data':{'nullable':{'ok':'ok','child':null}}}"),
            await Json(Schema, "{ nullable { ok child { nullNonNull } } }"));
    }

    [Fact]
    public async Task Propagation_runs_through_non_null_fields_to_the_root()
    {
        Assert.Equal(J("{'errors':[{'message':'async boom','locations':[{'line':1,'column':28}],'path':['nonNull','nonNullChild','failsNonNull'],'extensions':{'code':'CONFLICT'}}],'data':null}"),
            await Json(Schema, "{ nonNull { nonNullChild { failsNonNull } } }"));
    }

    [Fact]
    public async Task A_null_item_in_a_non_null_list_position_nulls_the_list()
    {
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':3}],'path':['nonNullItems',1]}],'data':{'nonNullItems':null}}"),
            await Json(Schema, "{ nonNullItems { ok } }"));
    }

    [Fact]
    public async Task Errors_inside_list_items_null_the_items()
    {
        var json = await Json(Schema, "{ list { child { nullNonNull } } }");
        Assert.Equal(J("{'errors':[{'message':'Cannot return null for non-nullable field Box.nullNonNull.','locations':[{'line':1,'column':18}],'path':['list',0,'child','nullNonNull']},{'message':'Cannot return null for non-nullable field Box.nullNonNull.','locations':[{'line':1,'column':18}],'path':['list',1,'child','nullNonNull']}],'data':{'list':[{'child':null},{'child':null}]}}"), json);
    }

    [Fact]
    public async Task Leaf_serialization_errors_are_field_errors()
    {
        Assert.Equal(J("{'errors':[{'message':'Int cannot represent non-integer value: \\u0022abc\\u0022','locations':[{'line':1,'column':17}],'path':['asyncBox','badInt']}],'data':{'asyncBox':{'ok':'ok','badInt':null}}}"),
            await Json(Schema, "{ asyncBox { ok badInt } }"));
    }

    [Fact]
    public async Task Result_is_not_a_request_error_when_data_is_null()
    {
        var result = await Execute(Schema, "{ nonNull { nullNonNull } }");
        Assert.False(result.IsRequestError);
        Assert.Null(result.Data);
        Assert.Contains("\"data\":null", ExecutionResultJson.Serialize(result));
    }
}
