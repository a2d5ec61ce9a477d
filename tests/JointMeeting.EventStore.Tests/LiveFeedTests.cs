namespace JointMeeting.EventStore.Tests;

public sealed class LiveFeedTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    // Polling is set to a minute so that prompt delivery proves the notifications (and the reconnect catch-up) work.
    private Task<PostgresEventStore> CreateStoreAsync() => fixture.CreateStoreAsync(o => o.Feed.PollInterval = TimeSpan.FromMinutes(1));

    /// <summary>Collects what a subscription yields in the background.</summary>
    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly List<RecordedEvent> _received = [];
        private readonly Task _run;

        public Subscriber(EventFeed feed, GlobalPosition after) => _run = Task.Run(async () =>
        {
            await foreach (var e in feed.SubscribeAsync(after, _stop.Token))
                lock (_received) _received.Add(e);
        });

        public Task<RecordedEvent[]> WaitForAsync(int count) => Eventually.ReturnsAsync(
            () => { lock (_received) return Task.FromResult(_received.ToArray()); }, r => r.Length >= count || _run.IsFaulted,
            what: $"{count} events from the feed");

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _run);
        }
    }

    [Fact]
    public async Task A_subscriber_gets_committed_events_in_order_and_resumes_after_the_listening_connection_is_killed()
    {
        await using var store = await CreateStoreAsync();
        await store.AppendAsync("old", ExpectedVersion.Any, [new NoteWritten("before subscribing", 0)]);
        var feed = new EventFeed(store);
        await feed.StartAsync(CancellationToken.None);
        try
        {
            var firstPid = await Eventually.ReturnsAsync(() => Task.FromResult(feed.ListenerProcessId), p => p is not null, what: "the listener");
            // The head is conservative: an open write transaction elsewhere on the cluster may hold it before the first event a moment.
            var head = await Eventually.ReturnsAsync(() => store.GetHeadPositionAsync(), h => h != GlobalPosition.Start, what: "the head");
            await using var subscriber = new Subscriber(feed, head);

            for (var i = 1; i <= 5; i++)
                await store.AppendAsync($"s{i % 2}", ExpectedVersion.Any, [new NoteWritten("live", i)]);
            var firstFive = await subscriber.WaitForAsync(5);

            await fixture.ExecuteAsync($"SELECT pg_terminate_backend({firstPid})");
            // Written while the listener is down or reconnecting: the catch-up read must deliver them.
            for (var i = 6; i <= 10; i++)
                await store.AppendAsync($"s{i % 2}", ExpectedVersion.Any, [new NoteWritten("live", i)]);
            var all = await subscriber.WaitForAsync(10);

            Assert.Equal(Enumerable.Range(1, 5), firstFive.Select(e => ((NoteWritten)e.Data).Writer));
            Assert.Equal(Enumerable.Range(1, 10), all.Select(e => ((NoteWritten)e.Data).Writer));
            Assert.Equal(all.Select(e => e.Position).Order(), all.Select(e => e.Position));
            var newPid = await Eventually.ReturnsAsync(() => Task.FromResult(feed.ListenerProcessId), p => p is not null && p != firstPid);
            Assert.NotEqual(firstPid, newPid);
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
        Assert.False(feed.IsListening);
    }

    [Fact]
    public async Task A_subscriber_never_skips_an_event_whose_transaction_commits_after_later_ones()
    {
        await using var store = await CreateStoreAsync();
        var feed = new EventFeed(store);
        await feed.StartAsync(CancellationToken.None);
        try
        {
            await using var subscriber = new Subscriber(feed, GlobalPosition.Start);
            var slow = await HeldTransaction.StartAsync(store, "slow", new NoteWritten("slow", 0));
            for (var i = 1; i <= 3; i++)
                await store.AppendAsync($"fast{i}", ExpectedVersion.Any, [new NoteWritten("fast", i)]);
            var rolledBack = await HeldTransaction.StartAsync(store, "doomed", new NoteWritten("doomed", -1));
            await slow.CommitAsync();
            await store.AppendAsync("fast4", ExpectedVersion.Any, [new NoteWritten("fast", 4)]);
            await rolledBack.RollBackAsync();

            var received = await subscriber.WaitForAsync(5);

            Assert.Equal([0, 1, 2, 3, 4], received.Select(e => ((NoteWritten)e.Data).Writer));
            Assert.Equal(received.Select(e => e.Position).Order(), received.Select(e => e.Position));
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Reading_all_in_batches_walks_every_event_once_in_global_order()
    {
        await using var store = await CreateStoreAsync();
        for (var i = 0; i < 23; i++)
            await store.AppendAsync($"s{i % 3}", ExpectedVersion.Any, [new NoteWritten("n", i)]);

        // Polled: an open write transaction anywhere on the cluster (another test) may hold the last events back a moment.
        var seen = await Eventually.ReturnsAsync(() => ReadAllInBatchesAsync(store), e => e.Count >= 23, what: "all 23 events");
        var position = seen[^1].Position;

        Assert.Equal(Enumerable.Range(0, 23), seen.Select(e => ((NoteWritten)e.Data).Writer));
        Assert.Equal(position, await store.GetHeadPositionAsync());
    }

    private static async Task<List<RecordedEvent>> ReadAllInBatchesAsync(IEventStore store)
    {
        var seen = new List<RecordedEvent>();
        var position = GlobalPosition.Start;
        while (await store.ReadAllAsync(position, maxCount: 5) is { Count: > 0 } batch)
        {
            Assert.True(batch.Count <= 5);
            seen.AddRange(batch);
            position = batch[^1].Position;
        }
        return seen;
    }
}

public sealed class AppendNotificationTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task A_commit_of_an_earlier_sequence_after_a_later_one_still_notifies_listeners()
    {
        await using var store = await fixture.CreateStoreAsync();
        await using var listener = await ChannelListener.StartAsync(fixture, store);
        var payloads = listener.Payloads;

        // The slow writer takes the earlier sequence; the fast one commits first and is notified.
        var slow = await HeldTransaction.StartAsync(store, TestEvents.NewStreamId("slow"), new NoteWritten("slow", 0));
        await store.AppendAsync(TestEvents.NewStreamId("fast"), ExpectedVersion.Any, [new NoteWritten("fast", 1)]);
        await Eventually.ReturnsAsync(() => Task.FromResult(payloads.Count), n => n >= 1, what: "the fast commit's notification");
        await Task.Delay(200); // past the notifier's coalescing interval, so the next commit gets a notification of its own
        var before = payloads.Count;

        // Its event only now becomes readable: a listener that is not told would wait for its next poll.
        await slow.CommitAsync();
        await Eventually.ReturnsAsync(() => Task.FromResult(payloads.Count), n => n > before, within: TimeSpan.FromSeconds(10),
            what: "a notification after the slow commit");
    }

    [Fact]
    public async Task A_busy_store_notifies_at_most_once_per_interval_and_its_last_commit_is_still_covered()
    {
        var interval = TimeSpan.FromMilliseconds(200);
        await using var store = await fixture.CreateStoreAsync(options => options.NotifyInterval = interval);
        await using var listener = await ChannelListener.StartAsync(fixture, store);

        // Eight writers append as fast as they can for about a second.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = new long[8];
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(1))
                last[w] = (await store.AppendAsync(TestEvents.NewStreamId("busy"), ExpectedVersion.NoStream, [new NoteWritten("busy", w)])).LastSequence;
        })));
        var elapsed = clock.Elapsed;
        var highest = last.Max();

        // Every commit is covered: a notification eventually names the highest sequence written.
        await Eventually.ReturnsAsync(() => Task.FromResult(listener.Payloads.IsEmpty ? 0 : listener.Payloads.Max(long.Parse)), p => p >= highest,
            what: "a notification covering the last commit");
        // The first goes out at once; after that at most one per interval (plus the one covering the tail).
        Assert.InRange(listener.Payloads.Count, 1, (int)(elapsed / interval) + 2);
    }
}
