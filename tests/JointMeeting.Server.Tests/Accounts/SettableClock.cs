namespace JointMeeting.Server.Tests.Accounts;

/// <summary>A clock the test moves by hand (lockouts end, quarters turn) instead of waiting.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
