using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class ConcurrencyTests
{
    [Fact]
    public async Task Query_fields_run_concurrently_and_keep_their_order()
    {
        var started = 0;
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<object?> Wait(string value)
        {
            if (Interlocked.Increment(ref started) == 2) bothStarted.TrySetResult();
            // each resolver waits for the other to have started: only concurrent execution completes
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return value;
        }
        var schema = SchemaBuilder.FromSdl("type Query { slow: String fast: String }")
            .Resolve("Query", "slow", async ctx => { var v = await Wait("slow"); await Task.Delay(20); return v; })
            .Resolve("Query", "fast", async ctx => await Wait("fast"))
            .Build();
        Assert.Equal(J("{'data':{'slow':'slow','fast':'fast'}}"), await Json(schema, "{ slow fast }"));
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another_in_document_order()
    {
        var log = new List<string>();
        var running = 0;
        async ValueTask<object?> Step(string name, int delay)
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add("start " + name);
            await Task.Delay(delay);
            log.Add("end " + name);
            Interlocked.Decrement(ref running);
            return name;
        }
        var schema = SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { first: String second: String third: String }")
            .Resolve("Mutation", "first", _ => Step("first", 30))
            .Resolve("Mutation", "second", _ => Step("second", 1))
            .Resolve("Mutation", "third", _ => Step("third", 10))
            .Build();
        Assert.Equal(J("{'data':{'c':'third','a':'first','b':'second'}}"), await Json(schema, "mutation { c: third a: first b: second }"));
        Assert.Equal(["start third", "end third", "start first", "end first", "start second", "end second"], log);
    }

    [Fact]
    public async Task Synchronous_resolvers_complete_without_awaiting()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int b: [Int] }")
            .Resolve("Query", "a", _ => 1)
            .Resolve("Query", "b", _ => new[] { 1, 2 })
            .Build();
        var task = ExecutionHarness.Executor.ExecuteAsync(new("{ a b }"), new(schema));
        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(J("{'data':{'a':1,'b':[1,2]}}"), JointMeeting.GraphQL.Execution.ExecutionResultJson.Serialize(await task));
    }

    [Fact]
    public async Task Many_concurrent_requests_share_the_cached_document()
    {
        var schema = SchemaBuilder.FromSdl("type Query { n(v: Int!): Int }")
            .Resolve("Query", "n", async ctx => { await Task.Yield(); return ctx.Arg<int>("v"); })
            .Build();
        var executor = new JointMeeting.GraphQL.Execution.GraphQLExecutor();
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            Execute(schema, "query($v: Int!) { n(v: $v) }", $$"""{"v":{{i}}}""", executor: executor))));
        for (int i = 0; i < results.Length; i++)
            Assert.Equal("{\"data\":{\"n\":" + i + "}}", JointMeeting.GraphQL.Execution.ExecutionResultJson.Serialize(results[i]));
        Assert.Equal(1, executor.Cache.Count);
        Assert.True(executor.Cache.Hits >= 190);
    }
}
