using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>The open connection and transaction a projection (or an append callback) writes through.</summary>
/// <param name="Connection">The connection the transaction is on; do not close it.</param>
/// <param name="Transaction">Commit and rollback belong to the store; do neither.</param>
public record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction)
{
    private List<NpgsqlBatchCommand>? _deferred;

    /// <summary>A command on the context's connection and transaction, run when the caller executes it.</summary>
    public NpgsqlCommand CreateCommand(string sql) => new(sql, Connection, Transaction);

    /// <summary>
    /// A write that returns nothing the caller needs, queued instead of run: the store sends every queued write together,
    /// in order and in one round trip, after the projections and callbacks and before the commit (an upsert of a read-model
    /// row costs no round trip of its own). Use it only for writes no later statement of the same transaction reads back.
    /// </summary>
    public NpgsqlBatchCommand Defer(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        (_deferred ??= []).Add(command);
        return command;
    }

    /// <summary>Writes queued with <see cref="Defer"/> and not yet sent.</summary>
    public int DeferredCount => _deferred?.Count ?? 0;

    /// <summary>Sends the queued writes (the store calls this before committing; call it yourself before reading them back).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_deferred is not { Count: > 0 } queued) return;
        _deferred = null;
        await using var batch = new NpgsqlBatch(Connection, Transaction);
        foreach (var command in queued) batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Sends the queued writes and the COMMIT in one round trip (just commits when nothing is queued). A failing write stops
    /// the batch before the COMMIT, so the transaction rolls back whole when it is disposed.
    /// </summary>
    internal async Task FlushAndCommitAsync(CancellationToken cancellationToken)
    {
        if (_deferred is not { Count: > 0 } queued)
        {
            await Transaction.CommitAsync(cancellationToken);
            return;
        }
        _deferred = null;
        await using var batch = new NpgsqlBatch(Connection, Transaction);
        foreach (var command in queued) batch.BatchCommands.Add(command);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        // Npgsql sees the connection leave the transaction and marks Transaction completed: disposing it is then a no-op.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Turns events into read-model rows. Must be deterministic so a rebuild gives the same rows.</summary>
public interface IProjection
{
    /// <summary>Applies events, in order, writing through <paramref name="context"/>. Skip types you do not handle.</summary>
    Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext context, CancellationToken cancellationToken);

    /// <summary>Empties the read model so it can be rebuilt from the first event.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Runs inside each append's transaction, so its rows commit (or roll back) together with the events.
/// Use it for what a user reads right after writing.
/// </summary>
public interface IInlineProjection : IProjection;

/// <summary>
/// Runs after commit in the <see cref="ProjectionDaemon"/>, with its progress stored in the same
/// transaction as its rows. Use it for cross-stream figures that may lag by a moment.
/// </summary>
public interface IAsyncProjection : IProjection
{
    /// <summary>The unique, stable name its progress is stored under.</summary>
    string Name { get; }

    /// <summary>
    /// The event types it applies — a type also matches the events that derive from or implement it. The daemon hands it
    /// only those (and moves its progress past the rest without deserialising them for it). Null, the default, means all.
    /// </summary>
    IReadOnlyCollection<Type>? EventTypes => null;
}
