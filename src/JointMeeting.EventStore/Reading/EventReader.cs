using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.EventStore;

/// <summary>The read queries and the mapping of event rows, shared by the store, the daemon and the feed.</summary>
internal sealed class EventReader
{
    private const string Columns =
        "seq, stream_id, version, type, data::text, actor, correlation_id, causation_id, command_id, recorded_at, tx_id";

    private readonly EventTypeRegistry _registry;
    private readonly string _readStream;
    private readonly string _readSafe;
    private readonly string _hasPending;
    internal string HasPendingSql => _hasPending; // for the test that pins its plan
    private readonly string _safeHead;
    private readonly string _readBySequence;

    public EventReader(string schema, EventTypeRegistry registry)
    {
        _registry = registry;
        _readStream = $"SELECT {Columns} FROM {schema}.events WHERE stream_id = $1 AND version >= $2 ORDER BY version";
        _readSafe = $"""
            SELECT {Columns} FROM {schema}.events
            WHERE (tx_id, seq) > ($1, $2) AND tx_id < {SafeRead.Horizon}
            ORDER BY tx_id, seq LIMIT $3
            """;
        // Deliberately without the horizon: if the blocking transaction ended between a reader's two statements, the
        // events are safe now and a horizon filter here would send the reader to sleep with work waiting.
        // Not EXISTS: the planner drops an EXISTS subquery's ORDER BY and, expecting a third of the rows to match,
        // seq-scans from the oldest event — the newest are the ones that match, so each call read the whole table.
        _hasPending = $"SELECT 1 FROM {schema}.events WHERE (tx_id, seq) > ($1, $2) ORDER BY tx_id, seq LIMIT 1";
        _readBySequence = $"SELECT {Columns} FROM {schema}.events WHERE seq > $1 ORDER BY seq LIMIT $2";
        _safeHead = $"""
            SELECT tx_id, seq FROM {schema}.events WHERE tx_id < {SafeRead.Horizon}
            ORDER BY tx_id DESC, seq DESC LIMIT 1
            """;
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(
        NpgsqlConnection connection, string streamId, long fromVersion, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_readStream, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = fromVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        return await ReadAllRowsAsync(command, cancellationToken);
    }

    /// <summary>The stream read as a batch command, for callers that send it together with their own reads.</summary>
    public NpgsqlBatchCommand ReadStreamCommand(string streamId, long fromVersion)
    {
        var command = new NpgsqlBatchCommand(_readStream);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = fromVersion, NpgsqlDbType = NpgsqlDbType.Bigint });
        return command;
    }

    /// <summary>Maps the rows of the reader's current result set (one produced by <see cref="ReadStreamCommand"/>).</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadRowsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        while (await reader.ReadAsync(cancellationToken))
            events.Add(Map(reader));
        return events;
    }

    /// <summary>Up to <paramref name="maxCount"/> events after <paramref name="after"/> from finished transactions only.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadSafeAsync(
        NpgsqlConnection connection, GlobalPosition after, int maxCount, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(_readSafe, connection, transaction);
        AddPosition(command, after);
        command.Parameters.Add(new NpgsqlParameter { Value = maxCount, NpgsqlDbType = NpgsqlDbType.Integer });
        return await ReadAllRowsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Events after sequence <paramref name="afterSequence"/> in sequence order, ignoring the safe-read rule: only for
    /// callers that have locked the events table against writers (a rebuild).
    /// </summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadBySequenceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long afterSequence, int maxCount, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_readBySequence, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = afterSequence, NpgsqlDbType = NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = maxCount, NpgsqlDbType = NpgsqlDbType.Integer });
        return await ReadAllRowsAsync(command, cancellationToken);
    }

    /// <summary>
    /// Whether committed events after <paramref name="after"/> exist: asked after a safe read came back empty, true means
    /// they wait behind an older open transaction, so the caller should look again soon rather than wait for a notification.
    /// </summary>
    public async Task<bool> HasPendingAsync(NpgsqlConnection connection, GlobalPosition after, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_hasPending, connection);
        AddPosition(command, after);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>The position of the last event that is safe to read, or <see cref="GlobalPosition.Start"/>.</summary>
    public async Task<GlobalPosition> ReadSafeHeadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_safeHead, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GlobalPosition(reader.GetFieldValue<ulong>(0), reader.GetInt64(1))
            : GlobalPosition.Start;
    }

    internal static void AddPosition(NpgsqlCommand command, GlobalPosition position) => AddPosition(command.Parameters, position);

    internal static void AddPosition(NpgsqlParameterCollection parameters, GlobalPosition position)
    {
        parameters.Add(new NpgsqlParameter { Value = position.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        parameters.Add(new NpgsqlParameter { Value = position.Sequence, NpgsqlDbType = NpgsqlDbType.Bigint });
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadAllRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadRowsAsync(reader, cancellationToken);
    }

    private RecordedEvent Map(NpgsqlDataReader row)
    {
        var (streamId, version) = (row.GetString(1), row.GetInt64(2));
        var position = new GlobalPosition(row.GetFieldValue<ulong>(10), row.GetInt64(0));
        var metadata = new EventMetadata(NullableString(row, 5), NullableString(row, 6), NullableString(row, 7));
        var (timestamp, commandId) = (row.GetFieldValue<DateTimeOffset>(9), NullableString(row, 8));
        var (name, json) = (row.GetString(3), row.GetString(4));
        // A current type is deserialised on first use; an old name is upcast now, because upcasting may rename it.
        if (_registry.TryGetType(name, out var type))
            return new RecordedEvent(streamId, version, position, name, () => _registry.Deserialize(type, json), metadata, timestamp, commandId);
        var (upcastName, data) = _registry.Deserialize(name, json);
        return new RecordedEvent(streamId, version, position, upcastName, data, metadata, timestamp, commandId);
    }

    private static string? NullableString(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
