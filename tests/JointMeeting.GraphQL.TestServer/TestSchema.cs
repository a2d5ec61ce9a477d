using System.Runtime.CompilerServices;
using System.Security.Claims;
using JointMeeting.GraphQL.Execution;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.TestServer;

/// <summary>A small schema that exercises the transport: queries, a mutation, a subscription, errors and the caller.</summary>
public static class TestSchema
{
    private static int _counter;

    public sealed record Item(string Id, string Name, IReadOnlyList<string> Tags);

    private static readonly Item[] Items =
    [
        .. Enumerable.Range(1, 50).Select(i => new Item(i.ToString(), $"item {i}", i % 2 == 0 ? ["even", "测试"] : ["odd"])),
    ];

    public static Schema Build() => new SchemaBuilder()
        .Object<Item>("Item", t =>
        {
            t.Field("id").Type("ID!").ResolveParent(i => i.Id);
            t.Field("name").Type("String!").ResolveParent(i => i.Name);
            t.Field("tags").Type("[String!]!").ResolveParent(i => i.Tags);
        })
        .Query("hello", f => f.Type("String!").Resolve(_ => "world"))
        .Query("echo", f => f.Type("String!").Argument("text", "String!").Resolve(c => c.Arg<string>("text")))
        .Query("me", f => f.Type("String").Description("The signed-in user's name; null when anonymous.")
            .Resolve(c => c.User.Identity?.IsAuthenticated == true ? c.User.FindFirstValue(ClaimTypes.Name) : null))
        .Query("item", f => f.Type("Item").Argument("id", "ID!")
            .Resolve(c => Items.FirstOrDefault(i => i.Id == c.Arg<string>("id"))))
        .Query("items", f => f.Type("[Item!]!").Argument("first", "Int", 10)
            .Resolve(c => Items.Take(Math.Clamp(c.Arg<int>("first"), 0, Items.Length)).ToArray()))
        .Query("runningTicks", f => f.Type("Int!").Description("Ticks streams running now; tests watch cancelled ones stop.")
            .Resolve(_ => Volatile.Read(ref _runningTicks)))
        .Query("counter", f => f.Type("Int!").Resolve(_ => Volatile.Read(ref _counter)))
        .Query("slow", f => f.Type("Int!").Argument("ms", "Int!").Resolve(async c =>
        {
            int ms = Math.Clamp(c.Arg<int>("ms"), 0, 5_000);
            await Task.Delay(ms, c.CancellationToken);
            return ms;
        }))
        .Query("fail", f => f.Type("String").Resolve(_ => throw new InvalidOperationException("secret internal detail")))
        .Query("forbidden", f => f.Type("String").Resolve(_ => throw new GraphQLException("Not for you.", "FORBIDDEN")))
        .Mutation("increment", f => f.Type("Int!").Argument("by", "Int", 1)
            .Resolve(c => Interlocked.Add(ref _counter, c.Arg<int>("by"))))
        .Subscription("ticks", f => f.Type("Int!").Argument("count", "Int!").Argument("intervalMs", "Int", 10)
            .Subscribe(c => Ticks(Math.Clamp(c.Arg<int>("count"), 0, 10_000), Math.Clamp(c.Arg<int>("intervalMs"), 0, 10_000), c.CancellationToken)))
        .Subscription("whoami", f => f.Type("String")
            .Subscribe(c => Once(c.User.Identity?.IsAuthenticated == true ? c.User.FindFirstValue(ClaimTypes.Name) : null)))
        .Build();

    private static async IAsyncEnumerable<int> Ticks(int count, int intervalMs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _runningTicks);
        try
        {
            for (int i = 1; i <= count; i++)
            {
                if (intervalMs > 0) await Task.Delay(intervalMs, cancellationToken);
                yield return i;
            }
        }
        finally
        {
            // runs when the stream ends, is cancelled, or its consumer disposes it (client complete, socket gone)
            Interlocked.Decrement(ref _runningTicks);
        }
    }

    private static int _runningTicks;

    private static async IAsyncEnumerable<string?> Once(string? value)
    {
        await Task.Yield();
        yield return value;
    }
}
