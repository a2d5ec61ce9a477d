using System.Runtime.CompilerServices;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private sealed record Tick(int N);

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = 1; i <= count; i++)
        {
            await Task.Delay(1, token);
            yield return new Tick(i);
        }
    }

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { a: Int }
        type Subscription { ticks(count: Int!): Tick broken: Tick }
        type Tick { n: Int! double: Int! failing: String }
        """)
        .Subscribe("Subscription", "ticks", ctx => new(Ticks(ctx.Arg<int>("count"))))
        .Subscribe("Subscription", "broken", _ => throw new GraphQLException("no stream for you", "FORBIDDEN"))
        .Resolve("Tick", "double", ctx => ctx.Parent<Tick>().N * 2)
        .Resolve("Tick", "failing", ctx => ctx.Parent<Tick>().N == 2 ? throw new GraphQLException("bad tick") : "ok")
        .Build();

    [Fact]
    public async Task Each_event_runs_through_the_selection_set()
    {
        var result = await Execute(Schema, "subscription { ticks(count: 3) { n double failing } }");
        Assert.False(result.IsRequestError);
        Assert.NotNull(result.Stream);
        var events = new List<string>();
        await foreach (var item in result.Stream!) events.Add(ExecutionResultJson.Serialize(item));
        Assert.Equal([
            J("{'data':{'ticks':{'n':1,'double':2,'failing':'ok'}}}"),
            J("{'errors':[{'message':'bad tick','locations':[{'line':1,'column':43}],'path':['ticks','failing']}],'data':{'ticks':{'n':2,'double':4,'failing':null}}}"),
            J("{'data':{'ticks':{'n':3,'double':6,'failing':'ok'}}}"),
        ], events);
    }

    [Fact]
    public async Task A_failing_source_stream_is_an_error_without_data()
    {
        var result = await Execute(Schema, "subscription { broken { n } }");
        Assert.Equal(RequestErrorKind.Subscription, result.RequestError);
        Assert.Equal(J("{'errors':[{'message':'no stream for you','locations':[{'line':1,'column':16}],'path':['broken'],'extensions':{'code':'FORBIDDEN'}}]}"),
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Cancelling_the_enumeration_stops_the_stream()
    {
        var result = await Execute(Schema, "subscription { ticks(count: 1000) { n } }");
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Stream!.WithCancellation(cts.Token))
                if (++seen == 2) cts.Cancel();
        });
        Assert.Equal(2, seen);
    }
}
