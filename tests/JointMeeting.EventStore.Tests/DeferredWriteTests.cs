using Npgsql;

namespace JointMeeting.EventStore.Tests;

/// <summary>Writes queued with ProjectionContext.Defer, and the stream read composed into a caller's batch.</summary>
public sealed class DeferredWriteTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    /// <summary>The item totals of ItemTotalsProjection, written only through Defer.</summary>
    private sealed class DeferringProjection(string schema) : IInlineProjection
    {
        public string Table => $"{schema}.deferred_totals";

        public Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            foreach (var e in events)
            {
                var command = e.Data switch
                {
                    ItemAdded added => context.Defer($"INSERT INTO {Table} VALUES ($1, $2) ON CONFLICT (item_id) DO UPDATE SET amount = {Table}.amount + excluded.amount"),
                    ItemRemoved => context.Defer($"DELETE FROM {Table} WHERE item_id = $1"),
                    _ => null,
                };
                command?.Parameters.Add(new NpgsqlParameter { Value = e.Data is ItemAdded a ? a.ItemId : ((ItemRemoved)e.Data).ItemId });
                if (e.Data is ItemAdded add) command!.Parameters.Add(new NpgsqlParameter { Value = add.Amount });
            }
            return Task.CompletedTask;
        }

        public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
        {
            await using var command = context.CreateCommand($"TRUNCATE {Table}");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<(PostgresEventStore Store, DeferringProjection Projection)> CreateAsync()
    {
        var options = StoreFixture.NewOptions();
        var projection = new DeferringProjection(options.Schema);
        var store = await fixture.CreateStoreAsync(o =>
        {
            o.Schema = options.Schema;
            o.InlineProjections.Add(projection);
        });
        await fixture.ExecuteAsync($"""
            CREATE TABLE {projection.Table} (item_id text PRIMARY KEY, amount int NOT NULL CHECK (amount < 100));
            CREATE TABLE {options.Schema}.outbox (n bigserial, stream_id text, versions text UNIQUE);
            """);
        return (store, projection);
    }

    private async Task<string> TotalsAsync(DeferringProjection projection) =>
        await fixture.ScalarAsync<string?>($"SELECT string_agg(item_id || '=' || amount, ',' ORDER BY item_id) FROM {projection.Table}") ?? "";

    private static AppendOptions DeferredOutbox(string schema, string? versions = null) => new()
    {
        InTransaction = (context, _) =>
        {
            var command = context.Defer($"INSERT INTO {schema}.outbox (stream_id, versions) VALUES ($1, $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = context.StreamId });
            command.Parameters.Add(new NpgsqlParameter { Value = versions ?? string.Join(",", context.Events.Select(e => e.Version)) });
            return Task.CompletedTask;
        },
    };

    [Fact]
    public async Task Deferred_rows_of_projections_and_callbacks_commit_with_the_events_in_the_order_queued()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var schema = store.Options.Schema;

        // Insert, update and delete of one row inside one append: only the queued order gives "a=5".
        await store.AppendAsync("cart", ExpectedVersion.NoStream,
            [new ItemAdded("a", 2), new ItemAdded("b", 1), new ItemAdded("a", 3), new ItemRemoved("b")], DeferredOutbox(schema));
        await store.AppendAsync("cart", ExpectedVersion.Exactly(4), [new ItemAdded("c", 1)], DeferredOutbox(schema));

        Assert.Equal("a=5,c=1", await TotalsAsync(projection));
        Assert.Equal("cart:1,2,3,4;cart:5", await fixture.ScalarAsync<string>(
            $"SELECT string_agg(stream_id || ':' || versions, ';' ORDER BY n) FROM {schema}.outbox"));
    }

    [Fact]
    public async Task A_failing_deferred_write_rolls_back_the_events_and_every_other_queued_row()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var schema = store.Options.Schema;
        await store.AppendAsync("cart", ExpectedVersion.NoStream, [new ItemAdded("a", 2)], DeferredOutbox(schema, "taken"));

        // The outbox row (queued after the projection's rows) violates its unique key: the whole append must vanish.
        await Assert.ThrowsAsync<PostgresException>(() =>
            store.AppendAsync("cart", ExpectedVersion.Exactly(1), [new ItemAdded("b", 7)], DeferredOutbox(schema, "taken")));
        // And a projection row breaking a CHECK does the same.
        await Assert.ThrowsAsync<PostgresException>(() =>
            store.AppendAsync("cart", ExpectedVersion.Exactly(1), [new ItemAdded("a", 500)], DeferredOutbox(schema)));

        Assert.Single(await store.ReadStreamAsync("cart"));
        Assert.Equal("a=2", await TotalsAsync(projection));
        Assert.Equal(1L, await fixture.ScalarAsync<long>($"SELECT count(*) FROM {schema}.outbox"));
        Assert.Equal(1L, await fixture.ScalarAsync<long>($"SELECT version FROM {schema}.streams WHERE id = 'cart'"));
        // The connection that failed went back to the pool clean: the next append on it works.
        await store.AppendAsync("cart", ExpectedVersion.Exactly(1), [new ItemAdded("b", 7)], DeferredOutbox(schema));
        Assert.Equal("a=2,b=7", await TotalsAsync(projection));
    }

    [Fact]
    public async Task Rebuilding_a_deferring_projection_gives_the_incrementally_built_rows()
    {
        var (store, projection) = await CreateAsync();
        await using var _ = store;
        var random = new Random(11);
        for (var i = 0; i < 40; i++)
        {
            var item = $"i{random.Next(6)}";
            object e = random.Next(4) == 0 ? new ItemRemoved(item) : new ItemAdded(item, random.Next(1, 4));
            await store.AppendAsync($"cart-{random.Next(4)}", ExpectedVersion.Any, [e]);
        }
        var incremental = await TotalsAsync(projection);
        await fixture.ExecuteAsync($"UPDATE {projection.Table} SET amount = -1");

        await store.RebuildInlineAsync(projection);

        Assert.NotEqual("", incremental);
        Assert.Equal(incremental, await TotalsAsync(projection));
    }

    [Fact]
    public async Task A_stream_read_in_a_callers_batch_returns_what_ReadStreamAsync_returns()
    {
        var store = await fixture.CreateStoreAsync();
        await using var _ = store;
        await store.AppendAsync("order-1", ExpectedVersion.NoStream, [new ItemAdded("a", 1), new ItemAdded("b", 2), new ItemRemoved("a")]);

        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT 42"));
        batch.BatchCommands.Add(store.CreateReadStreamCommand("order-1", 2));
        batch.BatchCommands.Add(store.CreateReadStreamCommand("order-missing"));
        await using var reader = await batch.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(42, reader.GetInt32(0));
        Assert.True(await reader.NextResultAsync());
        var fromTwo = await store.ReadStreamRowsAsync(reader);
        Assert.True(await reader.NextResultAsync());
        var missing = await store.ReadStreamRowsAsync(reader);

        var expected = (await store.ReadStreamAsync("order-1", 2)).Select(e => (e.Version, e.Position, e.Data)).ToList();
        Assert.Equal(expected, fromTwo.Select(e => (e.Version, e.Position, e.Data)).ToList());
        Assert.Equal([2L, 3L], fromTwo.Select(e => e.Version));
        Assert.Empty(missing);
    }
}
