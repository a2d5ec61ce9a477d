using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Database;

namespace JointMeeting.Server.Platform.Commands;

/// <summary>
/// The one write path (DESIGN.md §2): load the stream → Decide → append with the expected version.
/// When the client pinned a version, a stale one is a <see cref="ConcurrencyException"/> (→ CONFLICT).
/// When it did not, a lost race is retried from a fresh load, so the decider answers with the real
/// reason ("已被认领", "名额已满") and capacity-limited things fill exactly.
/// </summary>
public sealed class CommandExecutor(IServiceProvider services, ILogger<CommandExecutor> logger)
{
    private const int MaxAttempts = 12;

    // Resolved on first use: reactions (async projections that issue commands) depend on the executor,
    // and the store's options list the projections, so taking the store in the constructor is a cycle.
    private PostgresEventStore? _store;
    private PostgresEventStore store => _store ??= services.GetRequiredService<PostgresEventStore>();

    public async Task<Loaded<TState>> LoadAsync<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, string id, CancellationToken ct = default)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState>
    {
        var streamId = aggregate.StreamId(id);
        return ToLoaded(aggregate, streamId, await store.ReadStreamAsync(streamId, 1, ct));
    }

    /// <summary>
    /// The aggregate's load as one read of a <see cref="ReadBatch"/>, so a hot path fetches its read-model facts and the
    /// stream in one round trip; hand the result to <see cref="ExecuteLoadedAsync"/>.
    /// </summary>
    public BatchRead<Loaded<TState>> LoadRead<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, string id)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState>
    {
        var streamId = aggregate.StreamId(id);
        return new(store.CreateReadStreamCommand(streamId), async (reader, ct) => ToLoaded(aggregate, streamId, await store.ReadStreamRowsAsync(reader, ct)));
    }

    /// <summary>As <see cref="ExecuteAsync"/>, deciding first on a state the caller has just loaded (a lost race reloads as usual).</summary>
    public Task<Executed<TState>> ExecuteLoadedAsync<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, Loaded<TState> loaded, TCommand command,
        WriteOptions? options = null, CancellationToken ct = default)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState> =>
        RunAsync(aggregate, aggregate.IdOf(loaded.StreamId), loaded, command, options, ct);

    public Task<Executed<TState>> ExecuteAsync<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, string id, TCommand command,
        WriteOptions? options = null, CancellationToken ct = default)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState> =>
        RunAsync(aggregate, id, null, command, options, ct);

    private async Task<Executed<TState>> RunAsync<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, string id, Loaded<TState>? preloaded, TCommand command,
        WriteOptions? options, CancellationToken ct)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState>
    {
        options ??= new WriteOptions();
        var commandId = CommandIdOf(options);
        for (var attempt = 1; ; attempt++)
        {
            var loaded = attempt == 1 && preloaded is not null ? preloaded : await LoadAsync(aggregate, id, ct);
            if (commandId is not null && await store.FindCommandAsync(commandId, ct) is not null)
                return new Executed<TState>(loaded.StreamId, loaded.State, loaded.Version, 0, Replayed: true);
            if (options.ExpectedVersion is { } pinned && pinned != loaded.Version)
                throw new ConcurrencyException(loaded.StreamId, ExpectedVersion.Exactly(pinned), loaded.Version);

            var events = aggregate.Decide(command, loaded.State);
            if (events.Count == 0)
                return new Executed<TState>(loaded.StreamId, loaded.State, loaded.Version, 0, Replayed: false);
            try
            {
                var result = await store.AppendAsync(loaded.StreamId, ExpectedVersion.Exactly(loaded.Version),
                    events.Cast<object>().ToList(), AppendOptionsOf(options, commandId), ct);
                var state = result.IsReplay ? (await LoadAsync(aggregate, id, ct)).State
                    : events.Aggregate(loaded.State, TDecider.Evolve);
                return new Executed<TState>(loaded.StreamId, state, result.LastVersion, result.IsReplay ? 0 : events.Count, result.IsReplay);
            }
            catch (ConcurrencyException) when (options.ExpectedVersion is null && attempt < MaxAttempts)
            {
                // Someone appended between our read and write: decide again on what they wrote.
                logger.LogDebug("Retrying {Stream} after a concurrent append (attempt {Attempt})", loaded.StreamId, attempt);
                await Task.Delay(Random.Shared.Next(1, 4 * attempt), ct);
            }
        }
    }

    private static Loaded<TState> ToLoaded<TCommand, TEvent, TState, TDecider>(
        Aggregate<TCommand, TEvent, TState, TDecider> aggregate, string streamId, IReadOnlyList<RecordedEvent> events)
        where TState : class
        where TDecider : JointMeeting.Domain.Common.IDecider<TCommand, TEvent, TState> =>
        new(streamId, aggregate.Fold(events.Select(e => e.Data)), events.Count == 0 ? 0 : events[^1].Version);

    /// <summary>Client retry keys are per account, so two people's "1" never collide.</summary>
    private static string? CommandIdOf(WriteOptions options) =>
        string.IsNullOrWhiteSpace(options.ClientMutationId) ? null
            : $"{options.Actor?.AccountId ?? "anonymous"}:{options.ClientMutationId}";

    private static AppendOptions AppendOptionsOf(WriteOptions options, string? commandId) => new()
    {
        CommandId = commandId,
        Metadata = new EventMetadata(options.Actor?.PersonId, options.CorrelationId),
        InTransaction = options.AfterEvents,
    };
}
