using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using static JointMeeting.GraphQL.Tests.Execution.ExecutionHarness;

namespace JointMeeting.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private sealed record Parent(int Id, int ChildId);

    private sealed record Child(int Id, int GrandchildId);

    private sealed class Counts
    {
        public int ChildBatches;
        public int GrandchildBatches;
        public List<int> ChildKeys = [];
    }

    private static Schema Build(Counts counts, bool asyncFetch) => SchemaBuilder.FromSdl("""
        type Query { parents(n: Int!): [Parent!]! }
        type Parent { id: Int! child: Child }
        type Child { id: Int! grandchild: String }
        """)
        .Resolve("Query", "parents", ctx => Enumerable.Range(0, ctx.Arg<int>("n")).Select(i => new Parent(i, i % 50)).ToList())
        .Resolve("Parent", "child", async ctx =>
        {
            var loader = ctx.DataLoader<int, Child>("child", async (keys, ct) =>
            {
                Interlocked.Increment(ref counts.ChildBatches);
                lock (counts.ChildKeys) counts.ChildKeys.AddRange(keys);
                if (asyncFetch) await Task.Delay(5, ct);
                return keys.ToDictionary(k => k, k => new Child(k, k * 10));
            });
            return await loader.LoadAsync(ctx.Parent<Parent>().ChildId);
        })
        .Resolve("Child", "grandchild", async ctx =>
        {
            var loader = ctx.DataLoader<int, string>("grandchild", async (keys, ct) =>
            {
                Interlocked.Increment(ref counts.GrandchildBatches);
                await Task.Yield();
                return keys.ToDictionary(k => k, k => $"g{k}");
            });
            return await loader.LoadAsync(ctx.Parent<Child>().GrandchildId);
        })
        .Build();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_list_of_100_parents_costs_one_batch_per_level(bool asyncFetch)
    {
        var counts = new Counts();
        var json = await Json(Build(counts, asyncFetch), "{ parents(n: 100) { id child { id grandchild } } }");
        Assert.Equal(1, counts.ChildBatches);
        Assert.Equal(1, counts.GrandchildBatches);
        Assert.Equal(50, counts.ChildKeys.Count);   // keys are de-duplicated (cached) within the request
        Assert.Contains("{\"id\":99,\"child\":{\"id\":49,\"grandchild\":\"g490\"}}", json);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_callers_synchronization_context_does_not_split_a_level(bool asyncFetch)
    {
        // Under a context that posts continuations to other threads (xunit's, WinForms, classic ASP.NET), resolvers
        // started on the caller's thread would resume off the driver's thread, racing it to queue their keys.
        var counts = new Counts();
        var previous = SynchronizationContext.Current;
        var posting = new PostingContext();
        SynchronizationContext.SetSynchronizationContext(posting);
        Task<string> json;
        try
        {
            json = Json(Build(counts, asyncFetch), "{ parents(n: 100) { id child { id grandchild } } }");
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        Assert.Contains("{\"id\":99,\"child\":{\"id\":49,\"grandchild\":\"g490\"}}", await json);
        Assert.Equal((1, 1), (counts.ChildBatches, counts.GrandchildBatches));
        Assert.True(posting.Posts > 0, "the caller's own awaits still resume on its context");
    }

    /// <summary>Runs each posted continuation later on the thread pool, as UI and legacy contexts do.</summary>
    private sealed class PostingContext : SynchronizationContext
    {
        private int _posts;

        public int Posts => Volatile.Read(ref _posts);

        public override void Post(SendOrPostCallback d, object? state)
        {
            Interlocked.Increment(ref _posts);
            ThreadPool.QueueUserWorkItem(async _ =>
            {
                await Task.Delay(1);
                d(state);
            });
        }
    }

    [Fact]
    public async Task A_callers_task_scheduler_does_not_split_a_level()
    {
        var counts = new Counts();
        var exclusive = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;
        var json = await Task.Factory.StartNew(() => Json(Build(counts, asyncFetch: false), "{ parents(n: 100) { id child { id grandchild } } }"),
            CancellationToken.None, TaskCreationOptions.None, exclusive).Unwrap();
        Assert.Contains("{\"id\":99,\"child\":{\"id\":49,\"grandchild\":\"g490\"}}", json);
        Assert.Equal((1, 1), (counts.ChildBatches, counts.GrandchildBatches));
    }

    [Fact]
    public async Task Loaders_do_not_leak_between_requests()
    {
        var counts = new Counts();
        var schema = Build(counts, false);
        await Json(schema, "{ parents(n: 3) { child { id } } }");
        await Json(schema, "{ parents(n: 3) { child { id } } }");
        Assert.Equal(2, counts.ChildBatches);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_load_as_a_field_error()
    {
        var schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { name: String }")
            .Resolve("Query", "items", _ => new[] { 1, 2 })
            .Resolve("Item", "name", async ctx => await ctx.DataLoader<int, string>("names",
                (_, _) => throw new JointMeeting.GraphQL.Execution.GraphQLException("names unavailable", "UNAVAILABLE")).LoadAsync((int)ctx.Source!))
            .Build();
        Assert.Equal(J("{'errors':[{'message':'names unavailable','locations':[{'line':1,'column':11}],'path':['items',0,'name'],'extensions':{'code':'UNAVAILABLE'}},{'message':'names unavailable','locations':[{'line':1,'column':11}],'path':['items',1,'name'],'extensions':{'code':'UNAVAILABLE'}}],'data':{'items':[{'name':null},{'name':null}]}}"),
            await Json(schema, "{ items { name } }"));
    }
}
