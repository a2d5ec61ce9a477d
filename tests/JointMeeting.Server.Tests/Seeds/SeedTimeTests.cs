using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Tests.Seeds;

/// <summary>The relative-time grammar of seeds/README.md against a fixed load moment (China time).</summary>
public sealed class SeedTimeTests
{
    // Wednesday 2026-05-20 10:15 in China.
    private static readonly DateTimeOffset L = new(2026, 5, 20, 10, 15, 0, TimeSpan.FromHours(8));

    private static string China(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm");

    [Theory]
    [InlineData("now", "2026-05-20 10:15")]
    [InlineData("-45d", "2026-04-05 10:15")]
    [InlineData("+3d 14:30", "2026-05-23 14:30")]
    [InlineData("-1q", "2026-01-01 00:00")]
    [InlineData("+0mo", "2026-05-01 00:00")]
    [InlineData("-2mo+12d wd 15:00", "2026-03-13 15:00")]
    [InlineData("-1q+45d wd 09:30", "2026-02-16 09:30")] // 2026-02-15 is a Sunday → Monday
    [InlineData("-9d 10:00+5min", "2026-05-11 10:05")]
    [InlineData("+10d wd 09:30", "2026-06-01 09:30")]     // Saturday 05-30 → Monday 06-01
    [InlineData("-2h", "2026-05-20 08:15")]
    public void Times_follow_the_grammar(string text, string expected) => Assert.Equal(expected, China(SeedTime.Time(text, L)));

    [Theory]
    [InlineData("-400d", "2025-04-15")]
    [InlineData("+1q", "2026-07-01")]
    [InlineData("+30d wd", "2026-06-19")]
    public void Dates_take_the_china_local_day(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), SeedTime.Date(text, L));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("-1d 25:00")]
    public void Anything_else_is_refused(string text) => Assert.Throws<FormatException>(() => SeedTime.Time(text, L));

    [Fact]
    public void A_date_takes_no_clock() => Assert.Throws<FormatException>(() => SeedTime.Date("-1d 09:00", L));
}
