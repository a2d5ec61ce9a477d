using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.EventStore;

/// <summary>
/// The statements that move a projection's progress row. Progress is compared-and-set, so a batch commits only if
/// nobody (a rebuild, an overlapping old leader) moved the row since the batch was read.
/// </summary>
/// <remarks>
/// A transaction that moves progress commits asynchronously (no wait for the WAL flush): a PostgreSQL crash can lose
/// only its last moments, and then the projection's writes and the progress covering them together, so the daemon
/// applies those events again — nothing is skipped or applied twice. Under load this saves a disk flush per batch.
/// </remarks>
internal sealed class ProgressSql(string schema)
{
    public const int LagCountLimit = 100_000;

    // Transaction-local: the pooled connection goes back with the server's default.
    private const string AsynchronousCommit = "SELECT set_config('synchronous_commit', 'off', true)";

    private readonly string _ensure = $"INSERT INTO {schema}.progress (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING";

    private readonly string _advance = $"""
        UPDATE {schema}.progress SET last_tx_id = $2, last_seq = $3, updated_at = now()
        WHERE name = $1 AND last_tx_id = $4 AND last_seq = $5
        """;

    private readonly string _positions = $"SELECT name, last_tx_id, last_seq FROM {schema}.progress WHERE name = ANY($1)";

    private readonly string _reset = $"""
        INSERT INTO {schema}.progress AS p (name) VALUES ($1)
        ON CONFLICT (name) DO UPDATE SET last_tx_id = '0', last_seq = 0, updated_at = now()
        """;

    private readonly string _status = $"""
        SELECT n.name, coalesce(p.last_tx_id, '0'), coalesce(p.last_seq, 0), p.updated_at,
            (SELECT count(*) FROM (SELECT 1 FROM {schema}.events e
                WHERE (e.tx_id, e.seq) > (coalesce(p.last_tx_id, '0'), coalesce(p.last_seq, 0)) LIMIT {LagCountLimit}) pending)
        FROM unnest($1::text[]) WITH ORDINALITY AS n(name, ord)
        LEFT JOIN {schema}.progress p ON p.name = n.name
        ORDER BY n.ord
        """;

    public async Task EnsureRowsAsync(NpgsqlConnection connection, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_ensure, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Moves progress from <paramref name="from"/> to <paramref name="to"/>; false when it was no longer at <paramref name="from"/>.</summary>
    public async Task<bool> TryAdvanceAsync(ProjectionContext context, string name, GlobalPosition from, GlobalPosition to,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(AsynchronousCommit));
        batch.BatchCommands.Add(Advance(name, from, to));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return batch.BatchCommands[1].RecordsAffected == 1;
    }

    /// <summary>
    /// Moves several projections' progress from <paramref name="from"/> to <paramref name="to"/> in one round trip (for
    /// projections with nothing to apply in a batch); for each, whether it was still at <paramref name="from"/>.
    /// </summary>
    public async Task<bool[]> TryAdvanceAllAsync(NpgsqlConnection connection, IReadOnlyList<string> names, GlobalPosition from,
        GlobalPosition to, CancellationToken cancellationToken)
    {
        // One implicit transaction (Npgsql sends one Sync for the batch), so the setting covers its commit.
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(AsynchronousCommit));
        foreach (var name in names)
            batch.BatchCommands.Add(Advance(name, from, to));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return batch.BatchCommands.Cast<NpgsqlBatchCommand>().Skip(1).Select(c => c.RecordsAffected == 1).ToArray();
    }

    private NpgsqlBatchCommand Advance(string name, GlobalPosition from, GlobalPosition to)
    {
        var command = new NpgsqlBatchCommand(_advance);
        command.Parameters.Add(new NpgsqlParameter { Value = name, NpgsqlDbType = NpgsqlDbType.Text });
        EventReader.AddPosition(command.Parameters, to);
        EventReader.AddPosition(command.Parameters, from);
        return command;
    }

    /// <summary>The stored progress of each named projection (the start for one without a row).</summary>
    public async Task<GlobalPosition[]> ReadPositionsAsync(NpgsqlConnection connection, IReadOnlyList<string> names,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_positions, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var stored = new Dictionary<string, GlobalPosition>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            stored[reader.GetString(0)] = new GlobalPosition(reader.GetFieldValue<ulong>(1), reader.GetInt64(2));
        return names.Select(n => stored.GetValueOrDefault(n, GlobalPosition.Start)).ToArray();
    }

    public async Task ResetAsync(ProjectionContext context, string name, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand(_reset);
        command.Parameters.Add(new NpgsqlParameter { Value = name, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<(string Name, GlobalPosition Position, DateTimeOffset? UpdatedAt, long Lag)>> ReadAsync(
        NpgsqlConnection connection, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_status, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = names.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var rows = new List<(string, GlobalPosition, DateTimeOffset?, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add((reader.GetString(0), new GlobalPosition(reader.GetFieldValue<ulong>(1), reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt64(4)));
        return rows;
    }
}
