using Npgsql;

namespace JointMeeting.EventStore.Tests;

public sealed class DaemonTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private async Task<(PostgresEventStore Store, ItemTotalsProjection Projection)> CreateAsync()
    {
        var options = StoreFixture.NewOptions();
        var projection = new ItemTotalsProjection(options.Schema);
        var store = await fixture.CreateStoreAsync(o =>
        {
            o.Schema = options.Schema;
            o.AsyncProjections.Add(projection);
            o.Daemon.PollInterval = TimeSpan.FromMilliseconds(200);
            o.Daemon.StandbyRetryInterval = TimeSpan.FromMilliseconds(200);
            o.Daemon.RetryDelay = TimeSpan.FromMilliseconds(200);
            o.Daemon.BatchSize = 7;
        });
        await projection.CreateTablesAsync(fixture);
        return (store, projection);
    }

    private async Task<long[]> AllSequencesInGlobalOrderAsync(PostgresEventStore store) =>
        await fixture.ScalarAsync<long[]?>($"SELECT array_agg(seq ORDER BY tx_id, seq) FROM {store.Options.Schema}.events") ?? [];

    private static Task<long[]> WaitForAppliedAsync(StoreFixture fixture, ItemTotalsProjection projection, int count) =>
        Eventually.ReturnsAsync(() => projection.AppliedAsync(fixture), applied => applied.Length >= count,
            what: $"{count} events applied");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_event_whose_transaction_commits_after_later_events_is_applied_and_nothing_is_skipped(bool commit)
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        try
        {
            var first = await store.AppendAsync("a", ExpectedVersion.Any, [new ItemAdded("before", 1)]);
            await WaitForAppliedAsync(fixture, projection, 1);

            var slow = await HeldTransaction.StartAsync(store, "slow", new ItemAdded("slow", 1));
            var later = new List<long>();
            for (var i = 0; i < 5; i++)
                later.Add((await store.AppendAsync($"b{i}", ExpectedVersion.Any, [new ItemAdded($"later{i}", 1)])).FirstSequence);
            // Give the daemon several polls while the slow transaction blocks the later, already committed events.
            await Task.Delay(TimeSpan.FromMilliseconds(800));
            Assert.Equal([first.FirstSequence], await projection.AppliedAsync(fixture));

            if (commit) await slow.CommitAsync();
            else await slow.RollBackAsync();

            var expected = await AllSequencesInGlobalOrderAsync(store);
            Assert.Equal(commit ? 7 : 6, expected.Length);
            var applied = await WaitForAppliedAsync(fixture, projection, expected.Length);
            Assert.Equal(expected, applied);
            Assert.Equal(later, applied.Skip(commit ? 2 : 1));
            var status = await Eventually.ReturnsAsync(() => daemon.GetStatusAsync(), s => s.Projections[0].Lag == 0);
            Assert.Equal((DaemonRole.Leader, expected[^1]), (status.Role, status.Projections[0].Position.Sequence));
        }
        finally
        {
            await daemon.StopAsync(CancellationToken.None);
        }
        Assert.Equal(DaemonRole.Stopped, daemon.Role);
    }

    [Fact]
    public async Task When_the_leader_connection_is_killed_the_standby_takes_over_without_missing_or_repeating_an_event()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var daemons = new[] { new ProjectionDaemon(store), new ProjectionDaemon(store) };
        foreach (var d in daemons) await d.StartAsync(CancellationToken.None);
        try
        {
            // Both roles read in one probe: a leader that lost its first connection at start-up hands over, and that is fine.
            var leader = await Eventually.ReturnsAsync(() => Task.FromResult(daemons.Count(d => d.Role == DaemonRole.Leader) == 1 &&
                    daemons.Count(d => d.Role == DaemonRole.Standby) == 1 ? daemons.Single(d => d.Role == DaemonRole.Leader) : null),
                d => d is not null, what: "one leader and one standby");
            var standby = daemons.Single(d => d != leader);

            using var stopWriting = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                var n = 0;
                while (!stopWriting.IsCancellationRequested || n < 150)
                    await store.AppendAsync($"cart-{n % 5}", ExpectedVersion.Any, [new ItemAdded($"i{n++ % 7}", 1)]);
                return n;
            });
            await WaitForAppliedAsync(fixture, projection, 40);

            var leaderPid = (await leader!.GetStatusAsync()).LeaderProcessId!.Value;
            await fixture.ExecuteAsync($"SELECT pg_terminate_backend({leaderPid})");
            await Eventually.ReturnsAsync(() => Task.FromResult(standby.Role), r => r == DaemonRole.Leader, what: "the standby to lead");
            stopWriting.Cancel();
            var written = await writer;

            var expected = await AllSequencesInGlobalOrderAsync(store);
            Assert.Equal(written, expected.Length);
            var applied = await WaitForAppliedAsync(fixture, projection, written);
            Assert.Equal(expected, applied);
            Assert.Equal(DaemonRole.Standby, await Eventually.ReturnsAsync(() => Task.FromResult(leader.Role), r => r == DaemonRole.Standby));
        }
        finally
        {
            foreach (var d in daemons) await d.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Rebuilding_an_async_projection_from_zero_gives_the_incrementally_built_read_model()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        try
        {
            var random = new Random(11);
            for (var i = 0; i < 50; i++)
            {
                var item = $"i{random.Next(6)}";
                object e = random.Next(5) == 0 ? new ItemRemoved(item) : new ItemAdded(item, random.Next(1, 9));
                await store.AppendAsync($"cart-{random.Next(4)}", ExpectedVersion.Any, [e]);
            }
            await WaitForAppliedAsync(fixture, projection, 50);
            var incremental = await projection.SnapshotAsync(fixture);
            var appliedBefore = await projection.AppliedAsync(fixture);

            await daemon.RebuildAsync(projection.Name);

            var appliedAfter = await Eventually.ReturnsAsync(() => projection.AppliedAsync(fixture), a => a.Length >= 50, what: "the replay");
            Assert.Equal(appliedBefore, appliedAfter);
            Assert.Equal(incremental, await projection.SnapshotAsync(fixture));
            Assert.NotEqual("", incremental);
        }
        finally
        {
            await daemon.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_failing_projection_does_not_advance_and_reports_its_error_in_the_status()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        await fixture.ExecuteAsync($"ALTER TABLE {projection.Table} ADD CONSTRAINT small CHECK (amount < 100)");
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        try
        {
            await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("ok", 1), new ItemAdded("huge", 500)]);

            var status = await Eventually.ReturnsAsync(() => daemon.GetStatusAsync(), s => s.Projections[0].LastError is not null);
            Assert.Contains("small", status.Projections[0].LastError);
            Assert.Equal((GlobalPosition.Start, 2L), (status.Projections[0].Position, status.Projections[0].Lag));
            Assert.Empty(await projection.AppliedAsync(fixture));
        }
        finally
        {
            await daemon.StopAsync(CancellationToken.None);
        }
    }
}

public sealed class DaemonSharingTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private async Task<PostgresEventStore> CreateAsync(params ItemTotalsProjection[] projections)
    {
        var store = await fixture.CreateStoreAsync(o =>
        {
            o.Schema = projections[0].Table.Split('.')[0];
            foreach (var p in projections) o.AsyncProjections.Add(p);
            o.Daemon.PollInterval = TimeSpan.FromMilliseconds(200);
            o.Daemon.RetryDelay = TimeSpan.FromMilliseconds(200);
            o.Daemon.BatchSize = 3;
        });
        foreach (var p in projections) await p.CreateTablesAsync(fixture);
        return store;
    }

    [Fact]
    public async Task A_projection_that_names_its_event_types_gets_only_those_and_its_progress_passes_the_rest_undeserialised()
    {
        var schema = StoreFixture.NewOptions().Schema;
        var items = new ItemTotalsProjection(schema, "items_only", [typeof(ItemAdded), typeof(ItemRemoved)]);
        await using var store = await CreateAsync(items);
        var first = await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("a", 1)]);
        var note = await store.AppendAsync("notes", ExpectedVersion.Any, [new NoteWritten("hello", 1)]);
        // Data no reader could deserialise: a projection that does not take notes must never try.
        await fixture.ExecuteAsync($"UPDATE {schema}.events SET data = '{{\"text\": 5, \"writer\": \"not a number\"}}' WHERE seq = {note.LastSequence}");
        var last = await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("a", 2), new ItemRemoved("b")]);

        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        try
        {
            var status = await Eventually.ReturnsAsync(() => daemon.GetStatusAsync(), s => s.Projections[0].Lag == 0 && s.Projections[0].Position.Sequence == last.LastSequence);
            Assert.Null(status.Projections[0].LastError);
            Assert.Equal([first.FirstSequence, last.FirstSequence, last.LastSequence], await items.AppliedAsync(fixture));
            Assert.Equal("a=3", await items.SnapshotAsync(fixture));
            // The same row read by a reader that needs it fails loudly, on first use of the data.
            var stored = (await store.ReadStreamAsync("notes")).Single();
            Assert.Equal("note.written", stored.TypeName);
            Assert.ThrowsAny<System.Text.Json.JsonException>(() => stored.Data);
        }
        finally
        {
            await daemon.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_projection_that_fails_falls_behind_alone_and_catches_up_to_the_same_rows_as_its_sibling()
    {
        var schema = StoreFixture.NewOptions().Schema;
        var steady = new ItemTotalsProjection(schema, "steady");
        var failing = new ItemTotalsProjection(schema, "failing");
        await using var store = await CreateAsync(steady, failing);
        await fixture.ExecuteAsync($"ALTER TABLE {failing.Table} ADD CONSTRAINT small CHECK (amount < 100)");
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        try
        {
            for (var i = 0; i < 4; i++)
                await store.AppendAsync($"s{i}", ExpectedVersion.Any, [new ItemAdded($"i{i}", i == 1 ? 500 : 1), new ItemAdded("shared", 1)]);

            // The steady one applies everything while the failing one stays paused at its last good batch.
            await Eventually.ReturnsAsync(() => steady.AppliedAsync(fixture), a => a.Length == 8, what: "8 events applied by the steady projection");
            var stuck = await Eventually.ReturnsAsync(() => daemon.GetStatusAsync(), s => s.Projections[1].LastError is not null);
            Assert.Contains("small", stuck.Projections[1].LastError);
            Assert.True(stuck.Projections[1].Lag > 0);

            await fixture.ExecuteAsync($"ALTER TABLE {failing.Table} DROP CONSTRAINT small");
            await Eventually.ReturnsAsync(() => failing.AppliedAsync(fixture), a => a.Length == 8, what: "the failing projection caught up");
            Assert.Equal(await steady.AppliedAsync(fixture), await failing.AppliedAsync(fixture));
            Assert.Equal(await steady.SnapshotAsync(fixture), await failing.SnapshotAsync(fixture));
            var status = await daemon.GetStatusAsync();
            Assert.All(status.Projections, p => Assert.Equal((0L, (string?)null), (p.Lag, p.LastError)));
            Assert.Equal(status.Projections[0].Position, status.Projections[1].Position);
        }
        finally
        {
            await daemon.StopAsync(CancellationToken.None);
        }
    }
}
