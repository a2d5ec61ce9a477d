using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.EventStore;

/// <summary>Everything one append needs, with the events already serialized.</summary>
internal sealed record AppendRequest(
    string StreamId,
    ExpectedVersion Expected,
    IReadOnlyList<object> Events,
    IReadOnlyList<(string Name, string Json)> Serialized,
    AppendOptions Options);

/// <summary>A written result, or why nothing was written.</summary>
internal readonly record struct AppendOutcome(AppendResult? Result, bool DuplicateCommand = false, Exception? Error = null);

/// <summary>
/// Runs the append statement: alone (one round trip, autocommit) when nothing else must share its transaction,
/// otherwise in a transaction with the inline projections and the caller's callback.
/// </summary>
internal sealed class AppendWriter
{
    private readonly AppendSql _sql;
    private readonly EventStoreOptions _options;

    public AppendWriter(EventStoreOptions options)
    {
        _options = options;
        _sql = new AppendSql(options.Schema);
    }

    public async Task<AppendOutcome> TryAppendAsync(NpgsqlConnection connection, AppendRequest request, CancellationToken cancellationToken)
    {
        var needsTransaction = _options.InlineProjections.Count > 0 || request.Options.InTransaction is not null;
        if (!needsTransaction)
        {
            var (rows, failure) = await ExecuteAppendAsync(connection, null, request, cancellationToken);
            return rows is { Count: > 0 } ? new AppendOutcome(ToResult(request, rows)) : failure;
        }

        // BEGIN travels with the append statement, so the transaction costs only the COMMIT round trip.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (written, notWritten) = await ExecuteAppendAsync(connection, transaction, request, cancellationToken);
        if (written is not { Count: > 0 })
        {
            await transaction.RollbackAsync(cancellationToken);
            return notWritten;
        }
        var recorded = ToRecordedEvents(request, written);
        var context = new AppendContext(connection, transaction, request.StreamId, recorded);
        foreach (var projection in _options.InlineProjections)
            await projection.ApplyAsync(recorded, context, cancellationToken);
        if (request.Options.InTransaction is { } callback)
            await callback(context, cancellationToken);
        await context.FlushAndCommitAsync(cancellationToken);
        return new AppendOutcome(ToResult(request, written));
    }

    public async Task<AppendResult?> FindCommandAsync(NpgsqlConnection connection, string commandId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_sql.FindCommand, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = commandId, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        JsonElement? result = reader.IsDBNull(5) ? null : JsonDocument.Parse(reader.GetString(5)).RootElement.Clone();
        return new AppendResult(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
            reader.GetInt64(4), result, IsReplay: true);
    }

    public async Task<long> ReadCurrentVersionAsync(NpgsqlConnection connection, string streamId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_sql.CurrentVersion, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId, NpgsqlDbType = NpgsqlDbType.Text });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<(List<WrittenRow>? Rows, AppendOutcome Failure)> ExecuteAppendAsync(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, AppendRequest request, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_sql.For(request.Expected), connection, transaction);
        AppendParameters.Add(command, request);
        // Prepared once per physical connection and kept across pool reuse; a no-op when already prepared.
        await command.PrepareAsync(cancellationToken);
        var rows = new List<WrittenRow>(request.Serialized.Count);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(new WrittenRow(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2),
                    reader.GetFieldValue<ulong>(3)));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // A duplicate command id, or (only if someone wrote events around the stream row) a duplicate version.
            return (null, new AppendOutcome(null, DuplicateCommand: e.ConstraintName == _sql.CommandsPrimaryKey, Error: e));
        }
        return (rows, new AppendOutcome(null));
    }

    private static AppendResult ToResult(AppendRequest request, List<WrittenRow> rows) =>
        new(request.StreamId, rows[0].Version, rows[^1].Version, rows[0].Sequence, rows[^1].Sequence,
            request.Options.CommandResult, IsReplay: false);

    private static IReadOnlyList<RecordedEvent> ToRecordedEvents(AppendRequest request, List<WrittenRow> rows)
    {
        var metadata = request.Options.Metadata;
        var recorded = new RecordedEvent[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            recorded[i] = new RecordedEvent(request.StreamId, rows[i].Version,
                new GlobalPosition(rows[i].TransactionId, rows[i].Sequence), request.Serialized[i].Name, request.Events[i],
                metadata with { Timestamp = null }, rows[i].Timestamp, request.Options.CommandId);
        return recorded;
    }

    private readonly record struct WrittenRow(long Sequence, long Version, DateTimeOffset Timestamp, ulong TransactionId);
}
