namespace JointMeeting.EventStore;

/// <summary>
/// A broadcast "something changed" pulse. Waiters take <see cref="Next"/> before they look for work, so a pulse
/// that arrives while they look is never lost.
/// </summary>
internal sealed class WakeSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
