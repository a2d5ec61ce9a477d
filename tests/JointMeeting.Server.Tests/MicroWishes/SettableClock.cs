namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>The server's TimeProvider in time-controlled tests: starts at the real now and moves only when told.</summary>
public sealed class SettableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
