namespace JointMeeting.Domain.Common;

/// <summary>
/// Calendar dates as users see them. China keeps one offset (+08:00) all year without daylight
/// saving, so "today" and "a date's day window" need no time-zone database.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The instant a local date begins (00:00 +08:00).</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
