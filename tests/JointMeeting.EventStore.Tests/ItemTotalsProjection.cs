namespace JointMeeting.EventStore.Tests;

/// <summary>A small read model used by the projection tests: amount per item, plus a log of every event applied.</summary>
public sealed class ItemTotalsProjection(string schema, string name = "item_totals", IReadOnlyCollection<Type>? eventTypes = null)
    : IInlineProjection, IAsyncProjection
{
    public string Name => name;

    public IReadOnlyCollection<Type>? EventTypes => eventTypes;

    public string Table => $"{schema}.{name}";

    public string LogTable => $"{schema}.{name}_log";

    public async Task CreateTablesAsync(StoreFixture fixture) => await fixture.ExecuteAsync($"""
        CREATE TABLE {Table} (item_id text PRIMARY KEY, amount int NOT NULL);
        CREATE TABLE {LogTable} (seq bigint NOT NULL, stream_id text NOT NULL, version bigint NOT NULL, applied_order bigserial);
        """);

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            var sql = e.Data switch
            {
                ItemAdded added => $"INSERT INTO {Table} VALUES ('{added.ItemId}', {added.Amount}) " +
                                   $"ON CONFLICT (item_id) DO UPDATE SET amount = {Table}.amount + excluded.amount",
                ItemRemoved removed => $"DELETE FROM {Table} WHERE item_id = '{removed.ItemId}'",
                _ => null,
            };
            // No key on the log on purpose: a double application must show up as a duplicate row, not an error.
            sql = (sql is null ? "" : sql + ";") + $"INSERT INTO {LogTable} (seq, stream_id, version) VALUES ({e.Sequence}, '{e.StreamId}', {e.Version})";
            await using var command = context.CreateCommand(sql);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand($"TRUNCATE {Table}, {LogTable}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string> SnapshotAsync(StoreFixture fixture) =>
        await fixture.ScalarAsync<string?>($"SELECT string_agg(item_id || '=' || amount, ',' ORDER BY item_id) FROM {Table}") ?? "";

    /// <summary>Every applied event as seq, in the order applied.</summary>
    public async Task<long[]> AppliedAsync(StoreFixture fixture) =>
        await fixture.ScalarAsync<long[]?>($"SELECT array_agg(seq ORDER BY applied_order) FROM {LogTable}") ?? [];
}
