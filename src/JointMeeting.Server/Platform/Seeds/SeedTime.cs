using System.Text.RegularExpressions;
using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>
/// The relative-time grammar of seeds/README.md, evaluated against the load moment in China time:
/// anchor (±Nq / ±Nmo) → days (±Nd) → " wd" (weekend → Monday) → clock (HH:MM) → durations (±Nh / ±Nmin).
/// </summary>
public static partial class SeedTime
{
    [GeneratedRegex(@"^(?<anchor>[+-]\d{1,4}(?:q|mo)(?!in))?\s*(?<days>[+-]\d{1,4}d)?(?<wd>\s+wd)?(?:\s+(?<clock>\d{2}:\d{2}))?(?<dur>(?:\s*[+-]\d{1,4}(?:h|min))*)$")]
    private static partial Regex Grammar();

    [GeneratedRegex(@"(?<sign>[+-])(?<n>\d{1,4})(?<unit>h|min)")]
    private static partial Regex Duration();

    public static DateTimeOffset Time(string text, DateTimeOffset loadMoment)
    {
        var (date, clock, durations) = Evaluate(text, loadMoment, allowClock: true);
        var instant = new DateTimeOffset(date.ToDateTime(clock), ChinaTime.Offset);
        return (instant + durations).ToUniversalTime();
    }

    /// <summary>A date field: the China-local date after anchor, days and wd (no clock, no durations, no "now").</summary>
    public static DateOnly Date(string text, DateTimeOffset loadMoment) => Evaluate(text, loadMoment, allowClock: false).Date;

    private static (DateOnly Date, TimeOnly Clock, TimeSpan Durations) Evaluate(string text, DateTimeOffset loadMoment, bool allowClock)
    {
        var local = loadMoment.ToOffset(ChinaTime.Offset);
        var date = DateOnly.FromDateTime(local.DateTime);
        var clock = TimeOnly.FromDateTime(local.DateTime);
        var trimmed = (text ?? "").Trim();
        if (trimmed == "now")
            return allowClock ? (date, clock, TimeSpan.Zero) : throw Invalid(text, "a date cannot be \"now\"");
        var m = Grammar().Match(trimmed);
        if (!m.Success || trimmed.Length == 0 || (!m.Groups["anchor"].Success && !m.Groups["days"].Success && m.Groups["dur"].Value.Trim().Length == 0))
            throw Invalid(text, "not in the grammar of seeds/README.md");
        if (m.Groups["anchor"].Success)
        {
            var a = m.Groups["anchor"].Value;
            var quarter = a.EndsWith('q');
            var n = int.Parse(a[..^(quarter ? 1 : 2)]);
            var first = quarter ? new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1) : new DateOnly(date.Year, date.Month, 1);
            date = first.AddMonths(quarter ? 3 * n : n);
            clock = TimeOnly.MinValue;
        }
        if (m.Groups["days"].Success) date = date.AddDays(int.Parse(m.Groups["days"].Value[..^1]));
        if (m.Groups["wd"].Success)
            date = date.DayOfWeek switch { DayOfWeek.Saturday => date.AddDays(2), DayOfWeek.Sunday => date.AddDays(1), _ => date };
        var durations = TimeSpan.Zero;
        if (m.Groups["clock"].Success || m.Groups["dur"].Value.Trim().Length > 0)
        {
            if (!allowClock) throw Invalid(text, "a date takes no clock or duration");
            if (m.Groups["clock"].Success)
            {
                var parts = m.Groups["clock"].Value.Split(':');
                int h = int.Parse(parts[0]), min = int.Parse(parts[1]);
                if (h > 23 || min > 59) throw Invalid(text, "clock out of range");
                clock = new TimeOnly(h, min);
            }
            foreach (Match d in Duration().Matches(m.Groups["dur"].Value))
            {
                var n = int.Parse(d.Groups["n"].Value) * (d.Groups["sign"].Value == "-" ? -1 : 1);
                durations += d.Groups["unit"].Value == "h" ? TimeSpan.FromHours(n) : TimeSpan.FromMinutes(n);
            }
        }
        return (date, clock, durations);
    }

    private static FormatException Invalid(string? text, string why) => new($"Seed time \"{text}\": {why}");
}
