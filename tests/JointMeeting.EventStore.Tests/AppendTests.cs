using System.Collections.Concurrent;

namespace JointMeeting.EventStore.Tests;

public sealed class AppendTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Appended_events_read_back_in_order_with_versions_metadata_and_positions()
    {
        await using var store = await fixture.CreateStoreAsync();
        var at = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));
        var metadata = new EventMetadata("member-7", "corr-1", "cause-1", at);

        var first = await store.AppendAsync("cart-1", ExpectedVersion.NoStream, [new ItemAdded("a", 2), new ItemAdded("b", 1)],
            new AppendOptions { Metadata = metadata });
        var second = await store.AppendAsync("cart-1", ExpectedVersion.Exactly(2), [new ItemRemoved("a")]);

        Assert.Equal((1, 2, false), (first.FirstVersion, first.LastVersion, first.IsReplay));
        Assert.Equal((3, 3), (second.FirstVersion, second.LastVersion));
        var events = await store.ReadStreamAsync("cart-1");
        Assert.Equal([1L, 2, 3], events.Select(e => e.Version));
        Assert.Equal(new object[] { new ItemAdded("a", 2), new ItemAdded("b", 1), new ItemRemoved("a") }, events.Select(e => e.Data));
        Assert.Equal(["item.added", "item.added", "item.removed"], events.Select(e => e.TypeName));
        Assert.Equal(("member-7", "corr-1", "cause-1"), (events[0].Metadata.Actor, events[0].Metadata.CorrelationId, events[0].Metadata.CausationId));
        Assert.Equal(at, events[0].Timestamp);
        Assert.True(events[0].Sequence < events[1].Sequence && events[1].Sequence < events[2].Sequence);
        Assert.Equal([events[2]], await store.ReadStreamAsync("cart-1", fromVersion: 3));
    }

    [Fact]
    public async Task Event_data_is_stored_as_camel_case_json_under_the_registered_name()
    {
        await using var store = await fixture.CreateStoreAsync();
        await store.AppendAsync("cart-2", ExpectedVersion.Any, [new ItemAdded("x", 5)]);

        var stored = await fixture.ScalarAsync<string>($"SELECT type || ' ' || data::text FROM {store.Options.Schema}.events");
        Assert.Equal("""item.added {"amount": 5, "itemId": "x"}""", stored);
    }

    [Fact]
    public async Task A_wrong_expected_version_throws_a_typed_conflict_and_writes_nothing()
    {
        await using var store = await fixture.CreateStoreAsync();
        await store.AppendAsync("s", ExpectedVersion.NoStream, [new ItemAdded("a", 1), new ItemAdded("b", 1)]);

        var stale = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("s", ExpectedVersion.Exactly(1), [new ItemRemoved("a")]));
        var exists = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("s", ExpectedVersion.NoStream, [new ItemRemoved("a")]));
        var missing = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("other", ExpectedVersion.Exactly(4), [new ItemRemoved("a")]));

        Assert.Equal(("s", 1L, 2L), (stale.StreamId, stale.Expected.Value, stale.CurrentVersion));
        Assert.Equal((ExpectedVersion.NoStream, 2L), (exists.Expected, exists.CurrentVersion));
        Assert.Equal(("other", 0L), (missing.StreamId, missing.CurrentVersion));
        Assert.Equal(2, (await store.ReadStreamAsync("s")).Count);
        Assert.Empty(await store.ReadStreamAsync("other"));
    }

    [Fact]
    public async Task Any_appends_to_new_and_existing_streams()
    {
        await using var store = await fixture.CreateStoreAsync();
        var created = await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("a", 1)]);
        var appended = await store.AppendAsync("s", ExpectedVersion.Any, [new ItemAdded("b", 1), new ItemAdded("c", 1)]);

        Assert.Equal((1L, 1L), (created.FirstVersion, created.LastVersion));
        Assert.Equal((2L, 3L), (appended.FirstVersion, appended.LastVersion));
    }

    [Fact]
    public async Task An_unregistered_event_type_is_refused_before_anything_is_written()
    {
        await using var store = await fixture.CreateStoreAsync();
        var error = await Assert.ThrowsAsync<UnregisteredEventTypeException>(() =>
            store.AppendAsync("s", ExpectedVersion.Any, [new NeverRegistered("x")]));

        Assert.Equal(typeof(NeverRegistered), error.Type);
        Assert.Empty(await store.ReadStreamAsync("s"));
    }

    [Fact]
    public async Task Fifty_concurrent_new_stream_appends_have_exactly_one_winner()
    {
        await using var store = await fixture.CreateStoreAsync();
        var outcomes = await Simultaneously.RunAsync(50, async i =>
        {
            try
            {
                await store.AppendAsync("contested", ExpectedVersion.NoStream, [new NoteWritten("first", i)]);
                return (Exception?)null;
            }
            catch (Exception e) { return e; }
        });

        Assert.Single(outcomes, e => e is null);
        Assert.All(outcomes.Where(e => e is not null), e => Assert.Equal(1, Assert.IsType<ConcurrencyException>(e).CurrentVersion));
        Assert.Equal(1, (await store.ReadStreamAsync("contested")).Count);
    }

    [Fact]
    public async Task Fifty_concurrent_appenders_to_one_stream_produce_dense_versions_and_typed_conflicts_only()
    {
        await using var store = await fixture.CreateStoreAsync();
        await store.AppendAsync("hot", ExpectedVersion.NoStream, [new NoteWritten("start", -1)]);
        var conflicts = new ConcurrentBag<ConcurrencyException>();
        // Each writer reads, then appends at the version it read, retrying after a conflict until its event is in.
        await Simultaneously.RunAsync(50, async writer =>
        {
            while (true)
            {
                var version = (await store.ReadStreamAsync("hot")).Count;
                try
                {
                    await store.AppendAsync("hot", ExpectedVersion.Exactly(version), [new NoteWritten("hello", writer)]);
                    return true;
                }
                catch (ConcurrencyException e) { conflicts.Add(e); }
            }
        });

        var events = await store.ReadStreamAsync("hot");
        Assert.Equal(Enumerable.Range(1, 51).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(Enumerable.Range(0, 50), events.Skip(1).Select(e => ((NoteWritten)e.Data).Writer).Order());
        Assert.NotEmpty(conflicts);
        Assert.All(conflicts, c => Assert.True(c.CurrentVersion > c.Expected.Value, $"conflict reported current {c.CurrentVersion} for expected {c.Expected}"));
    }
}
