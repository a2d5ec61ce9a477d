using System.Diagnostics;
using JointMeeting.EventStore;
using Npgsql;

namespace JointMeeting.Benchmarks;

/// <summary>
/// Concurrent writers appending one-event commands, each to a new stream with a command id, through the event
/// store; and pgbench running the identical statement with as many clients. The ratio is what our client-side
/// path (serialization, Npgsql, notifications) costs on top of the database's own ceiling.
/// </summary>
/// <remarks>
/// The two sides alternate in rounds (ours, pgbench, ours, …) so that load from other processes on a shared
/// machine falls on both alike instead of on whichever side happened to run while it peaked.
/// </remarks>
public static class AppendBenchmark
{
    private const int Rounds = 3;

    public sealed record Appended(long N);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
        var writers = args.Length > 1 ? int.Parse(args[1]) : 16;
        var admin = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres to a server where the user may CREATE DATABASE.");

        await using var database = await BenchmarkDatabase.CreateAsync(admin, "append");
        var options = new EventStoreOptions();
        options.Events.Register<Appended>("bench.appended");
        var builder = new NpgsqlDataSourceBuilder(database.ConnectionString);
        builder.ConnectionStringBuilder.MaxPoolSize = writers * 2 + 4;
        // As recommended for the server (see PostgresEventStore): skip Npgsql's per-checkout session reset.
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        await using var dataSource = builder.Build();
        await EventStoreSchema.ApplyAsync(dataSource, options.Schema);
        await using var store = new PostgresEventStore(dataSource, options);
        var script = PgbenchAppendScript.Write(new AppendSql(options.Schema).NoStream, options.Events.Serialize(new Appended(1)));

        var roundSeconds = Math.Max(2, (seconds + Rounds - 1) / Rounds);
        Console.WriteLine($"append: {writers} writers, {Rounds} rounds of {roundSeconds}s per side, database {database.Name}");
        Console.WriteLine($"pgbench script: {script}");
        await AppendLoopAsync(store, writers, TimeSpan.FromSeconds(2)); // warm-up: pool, prepared statements, JIT

        long appends = 0;
        var ourTime = TimeSpan.Zero;
        double pgbenchTransactions = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var (count, elapsed) = await AppendLoopAsync(store, writers, TimeSpan.FromSeconds(roundSeconds));
            var tps = await Pgbench.RunAsync(database.ConnectionString, script, writers, roundSeconds);
            Console.WriteLine($"  round {round}: event store {count / elapsed.TotalSeconds:F0} events/s, pgbench {tps:F0} tps");
            (appends, ourTime, pgbenchTransactions) = (appends + count, ourTime + elapsed, pgbenchTransactions + tps * roundSeconds);
        }

        var ours = appends / ourTime.TotalSeconds;
        var anchor = pgbenchTransactions / (Rounds * roundSeconds);
        Console.WriteLine($"event store: {appends} appends in {ourTime.TotalSeconds:F1}s = {ours:F0} events/s");
        Console.WriteLine($"pgbench (same statement, -M prepared, -c {writers} -j 2): {anchor:F0} tps");
        Console.WriteLine($"ratio: {ours / anchor:F2}");
        return 0;
    }

    private static async Task<(long Count, TimeSpan Elapsed)> AppendLoopAsync(IEventStore store, int writers, TimeSpan duration)
    {
        long count = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                // Random numeric ids, like pgbench's: each command starts its own stream.
                var id = Random.Shared.NextInt64(1, 9_000_000_000_000_000_000).ToString();
                await store.AppendAsync(id, ExpectedVersion.NoStream, [new Appended(1)], new AppendOptions { CommandId = id });
                Interlocked.Increment(ref count);
            }
        })));
        return (count, clock.Elapsed);
    }
}
