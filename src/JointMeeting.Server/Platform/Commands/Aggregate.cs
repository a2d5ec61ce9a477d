using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Platform.Commands;

/// <summary>
/// Names one kind of aggregate for the write path: its decider and how its stream ids are made.
/// Declared once per feature, e.g. <c>Aggregate.Of&lt;IWishCommand, IWishEvent, Wish, WishDecider&gt;("wish")</c>,
/// so call sites never repeat the four type arguments.
/// </summary>
public sealed class Aggregate<TCommand, TEvent, TState, TDecider>(string streamPrefix)
    where TState : class
    where TDecider : IDecider<TCommand, TEvent, TState>
{
    /// <summary>The stream holding the aggregate with this id: "{prefix}-{id}".</summary>
    public string StreamId(string id) => $"{streamPrefix}-{id}";

    /// <summary>The aggregate's id back from its stream id.</summary>
    public string IdOf(string streamId) => streamId[(streamPrefix.Length + 1)..];

    internal TState? Fold(IEnumerable<object> events) =>
        events.Aggregate(TDecider.Initial, (state, e) => TDecider.Evolve(state, (TEvent)e));

    internal IReadOnlyList<TEvent> Decide(TCommand command, TState? state) => TDecider.Decide(command, state);
}

public static class Aggregate
{
    public static Aggregate<TCommand, TEvent, TState, TDecider> Of<TCommand, TEvent, TState, TDecider>(string streamPrefix)
        where TState : class
        where TDecider : IDecider<TCommand, TEvent, TState> => new(streamPrefix);
}

/// <summary>An aggregate's state as loaded, with the version to expect when writing next.</summary>
public sealed record Loaded<TState>(string StreamId, TState? State, long Version) where TState : class
{
    public bool Exists => Version > 0;
}

/// <summary>What a command did: the state after it and the stream's new version.</summary>
/// <param name="Replayed">True when the same clientMutationId had already been handled: nothing new was written.</param>
public sealed record Executed<TState>(string StreamId, TState? State, long Version, int EventCount, bool Replayed)
    where TState : class;

/// <summary>How a write is made.</summary>
/// <param name="ExpectedVersion">The version the client last saw; null lets the server retry on a race.</param>
/// <param name="ClientMutationId">A client's retry key: the same key from the same account writes once.</param>
/// <param name="Actor">Who acts (stored in every event's metadata).</param>
/// <param name="CorrelationId">The request's id, stored in metadata.</param>
/// <param name="AfterEvents">Extra writes in the append's transaction (e.g. outbox rows), given the recorded events.</param>
public sealed record WriteOptions(
    long? ExpectedVersion = null,
    string? ClientMutationId = null,
    Actor? Actor = null,
    string? CorrelationId = null,
    Func<JointMeeting.EventStore.AppendContext, CancellationToken, Task>? AfterEvents = null);
