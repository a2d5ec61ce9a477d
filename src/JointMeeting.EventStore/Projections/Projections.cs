using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>The open connection and transaction a projection (or an append callback) writes through.</summary>
/// <param name="Connection">The connection the transaction is on; do not close it.</param>
/// <param name="Transaction">Commit and rollback belong to the store; do neither.</param>
public record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction)
{
    /// <summary>A command on the context's connection and transaction.</summary>
    public NpgsqlCommand CreateCommand(string sql) => new(sql, Connection, Transaction);
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
}
