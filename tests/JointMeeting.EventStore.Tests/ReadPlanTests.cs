using Npgsql;

namespace JointMeeting.EventStore.Tests;

/// <summary>The readers' position queries run on every wake-up of the daemon and the feed: they must walk the index, not the table.</summary>
public sealed class ReadPlanTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Asking_whether_events_wait_behind_an_open_transaction_uses_the_position_index_in_its_prepared_plan()
    {
        var schema = "";
        await using var store = await fixture.CreateStoreAsync(options => schema = options.Schema);
        await fixture.ExecuteAsync($"""
            INSERT INTO {schema}.streams (id, version) SELECT 's' || n, 1 FROM generate_series(1, 20000) n;
            INSERT INTO {schema}.events (stream_id, version, type, data) SELECT 's' || n, 1, 'item.added', jsonb_build_object() FROM generate_series(1, 20000) n;
            ANALYZE {schema}.events;
            """);

        // Npgsql prepares the statement; PostgreSQL then settles on a generic plan, which is the one that must hold.
        await using var connection = await fixture.DataSource.OpenConnectionAsync();
        await Execute(connection, "SET plan_cache_mode = force_generic_plan");
        await Execute(connection, $"PREPARE pending(xid8, bigint) AS {store.Reader.HasPendingSql}");
        var plan = await Explain(connection, "EXECUTE pending('1', 19990)");

        Assert.DoesNotContain("Seq Scan", plan);
        Assert.Contains("events_tx_seq", plan);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> Explain(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
