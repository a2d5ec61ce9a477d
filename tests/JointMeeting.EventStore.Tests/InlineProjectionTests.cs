namespace JointMeeting.EventStore.Tests;

public sealed class InlineProjectionTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private async Task<(PostgresEventStore Store, ItemTotalsProjection Projection)> CreateAsync()
    {
        var options = StoreFixture.NewOptions();
        var projection = new ItemTotalsProjection(options.Schema);
        var store = await fixture.CreateStoreAsync(o =>
        {
            o.Schema = options.Schema;
            o.InlineProjections.Add(projection);
        });
        await projection.CreateTablesAsync(fixture);
        await fixture.ExecuteAsync($"CREATE TABLE {options.Schema}.outbox (stream_id text, versions text)");
        return (store, projection);
    }

    private static AppendOptions WithOutbox(string schema, bool fail = false) => new()
    {
        InTransaction = async (context, ct) =>
        {
            var versions = string.Join(",", context.Events.Select(e => e.Version));
            await using var command = context.CreateCommand($"INSERT INTO {schema}.outbox VALUES ('{context.StreamId}', '{versions}')");
            await command.ExecuteNonQueryAsync(ct);
            if (fail) throw new InvalidOperationException("mail template missing");
        },
    };

    [Fact]
    public async Task Inline_projection_and_callback_rows_are_visible_as_soon_as_the_append_returns()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var schema = store.Options.Schema;

        await store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 2), new ItemAdded("b", 1)], WithOutbox(schema));
        await store.AppendAsync("cart", ExpectedVersion.Exactly(2), [new ItemAdded("a", 3), new ItemRemoved("b")], WithOutbox(schema));

        Assert.Equal("a=5", await projection.SnapshotAsync(fixture));
        Assert.Equal("cart:1,2;cart:3,4", await fixture.ScalarAsync<string>(
            $"SELECT string_agg(stream_id || ':' || versions, ';' ORDER BY versions) FROM {schema}.outbox"));
    }

    [Fact]
    public async Task A_failing_callback_rolls_back_events_projection_rows_and_outbox_rows_together()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var schema = store.Options.Schema;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 2)], WithOutbox(schema, fail: true)));

        Assert.Empty(await store.ReadStreamAsync("cart"));
        Assert.Equal("", await projection.SnapshotAsync(fixture));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM {schema}.outbox"));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM {schema}.streams"));
        // The stream was never created, so a fresh attempt still starts it.
        await store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 2)], WithOutbox(schema));
        Assert.Equal("a=2", await projection.SnapshotAsync(fixture));
    }

    [Fact]
    public async Task A_conflicting_append_runs_neither_projection_nor_callback()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        await store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 1)]);

        await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 10)], WithOutbox(store.Options.Schema)));

        Assert.Equal("a=1", await projection.SnapshotAsync(fixture));
        Assert.Equal(0L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM {store.Options.Schema}.outbox"));
    }

    [Fact]
    public async Task Rebuilding_an_inline_projection_gives_the_incrementally_built_rows()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            var item = $"i{random.Next(8)}";
            object e = random.Next(4) == 0 ? new ItemRemoved(item) : new ItemAdded(item, random.Next(1, 9));
            await store.AppendAsync($"cart-{random.Next(5)}", ExpectedVersion.Any, [e]);
        }
        var incremental = await projection.SnapshotAsync(fixture);
        await fixture.ExecuteAsync($"UPDATE {projection.Table} SET amount = -1");

        await store.RebuildInlineAsync(projection);

        Assert.NotEqual("", incremental);
        Assert.Equal(incremental, await projection.SnapshotAsync(fixture));
    }
}
