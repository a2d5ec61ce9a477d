using System.Text.Json;

namespace JointMeeting.EventStore;

/// <summary>Optional parts of an append.</summary>
public sealed record AppendOptions
{
    /// <summary>
    /// Idempotency key of the command being handled. A second append with the same key appends nothing and
    /// returns the first append's <see cref="AppendResult"/> (with <see cref="AppendResult.IsReplay"/> set).
    /// </summary>
    public string? CommandId { get; init; }

    /// <summary>A result to store with the command id and hand back on replay (e.g. an id the command created).</summary>
    public JsonElement? CommandResult { get; init; }

    /// <summary>Actor, correlation and causation ids stored with each event.</summary>
    public EventMetadata Metadata { get; init; } = EventMetadata.None;

    /// <summary>
    /// Extra work in the append's transaction, after the events and the inline projections are written:
    /// e.g. outbox rows that must commit exactly when the events do. Throwing rolls everything back.
    /// </summary>
    public Func<AppendContext, CancellationToken, Task>? InTransaction { get; init; }
}

/// <summary>What an in-transaction callback sees: the append's connection, transaction and recorded events.</summary>
/// <param name="Connection">The append's connection.</param>
/// <param name="Transaction">The append's transaction; the store commits it.</param>
/// <param name="StreamId">The stream appended to.</param>
/// <param name="Events">The events just written, with their versions and positions.</param>
public sealed record AppendContext(
    Npgsql.NpgsqlConnection Connection,
    Npgsql.NpgsqlTransaction Transaction,
    string StreamId,
    IReadOnlyList<RecordedEvent> Events) : ProjectionContext(Connection, Transaction);

/// <summary>The outcome of an append.</summary>
/// <param name="StreamId">The stream appended to.</param>
/// <param name="FirstVersion">The version of the first event written.</param>
/// <param name="LastVersion">The stream's version after the append: pass it as the next expected version.</param>
/// <param name="FirstSequence">The store-wide sequence of the first event written.</param>
/// <param name="LastSequence">The store-wide sequence of the last event written.</param>
/// <param name="CommandResult">The result stored with the command id, if any.</param>
/// <param name="IsReplay">True when the command id had been seen: nothing was written now and this is the first outcome.</param>
public sealed record AppendResult(
    string StreamId,
    long FirstVersion,
    long LastVersion,
    long FirstSequence,
    long LastSequence,
    JsonElement? CommandResult,
    bool IsReplay);
