namespace JointMeeting.Domain.Common;

/// <summary>
/// The shape of every aggregate: state is folded from events by <see cref="Evolve"/>, and
/// <see cref="Decide"/> turns a command into new events (or throws <see cref="DomainException"/>).
/// Commands carry the actor and Now; nothing here reads a clock or does I/O.
/// </summary>
public interface IDecider<TCommand, TEvent, TState>
    where TState : class
{
    /// <summary>State before the first event (null when the stream does not exist yet).</summary>
    static abstract TState? Initial { get; }

    static abstract IReadOnlyList<TEvent> Decide(TCommand command, TState? state);

    static abstract TState? Evolve(TState? state, TEvent @event);
}

public static class Decider
{
    /// <summary>Folds a history into state; used by the server after loading a stream and by tests.</summary>
    public static TState? Fold<TCommand, TEvent, TState, TDecider>(IEnumerable<TEvent> events)
        where TState : class
        where TDecider : IDecider<TCommand, TEvent, TState> =>
        events.Aggregate(TDecider.Initial, TDecider.Evolve);
}
