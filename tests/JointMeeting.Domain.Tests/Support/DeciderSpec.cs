using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Tests.Support;

/// <summary>
/// Given (past events) / When (command) / Then (new events or an error) for any decider.
/// Alias it per aggregate: <c>using WishSpec = DeciderSpec&lt;IWishCommand, IWishEvent, Wish, WishDecider&gt;;</c>
/// </summary>
public sealed class DeciderSpec<TCommand, TEvent, TState, TDecider>
    where TState : class
    where TDecider : IDecider<TCommand, TEvent, TState>
{
    private readonly List<TEvent> _history = [];

    public static DeciderSpec<TCommand, TEvent, TState, TDecider> Given(params TEvent[] history)
    {
        var spec = new DeciderSpec<TCommand, TEvent, TState, TDecider>();
        spec._history.AddRange(history);
        return spec;
    }

    /// <summary>State folded from the given history.</summary>
    public TState? State => Decider.Fold<TCommand, TEvent, TState, TDecider>(_history);

    public IReadOnlyList<TEvent> When(TCommand command) => TDecider.Decide(command, State);

    /// <summary>Decides, asserts the events (compared structurally, so lists inside events compare by content) and returns the state after them.</summary>
    public TState? Then(TCommand command, params TEvent[] expected)
    {
        var actual = When(command);
        Assert.Equivalent(expected, actual, strict: true);
        Assert.Equal(expected.Select(e => e!.GetType()), actual.Select(e => e!.GetType()));
        return actual.Aggregate(State, TDecider.Evolve);
    }

    /// <summary>Decides and appends the resulting events to the history, for multi-step scenarios.</summary>
    public DeciderSpec<TCommand, TEvent, TState, TDecider> And(TCommand command)
    {
        _history.AddRange(When(command));
        return this;
    }

    public DomainException ThenFails(TCommand command, ErrorCode code)
    {
        var error = Assert.Throws<DomainException>(() => When(command));
        Assert.Equal(code, error.Code);
        return error;
    }
}
