using System.Globalization;
using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

/// <summary>Street committees meet quarterly, community committees monthly; some every N weeks or months.</summary>
public enum CadenceKind { Quarterly, Monthly, EveryNWeeks, EveryNMonths }

/// <summary>
/// A committee's meeting rule. Quarterly/Monthly are calendar-based (the <paramref name="DayOfMonth"/> of the
/// <paramref name="MonthOfQuarter"/>-th month, clamped to the month's length); the custom kinds count
/// <paramref name="Interval"/> weeks or months from the previous meeting.
/// </summary>
public sealed record Cadence(CadenceKind Kind, int Interval = 1, int DayOfMonth = 15, int MonthOfQuarter = 1)
{
    public static readonly Cadence Quarterly = new(CadenceKind.Quarterly);
    public static readonly Cadence Monthly = new(CadenceKind.Monthly);
}

/// <summary>The next meeting's date and the period it belongs to; the key names the period, never the shifted date.</summary>
public sealed record PlannedMeeting(DateOnly Date, string PeriodKey);

/// <summary>Public holidays, and weekend days declared working days (调休), as the server configures them.</summary>
public sealed record WorkingCalendar(IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly>? MakeUpWorkdays = null)
{
    public static readonly WorkingCalendar WeekendsOnly = new(new HashSet<DateOnly>());

    public bool IsWorkingDay(DateOnly date) =>
        MakeUpWorkdays?.Contains(date) == true
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date));

    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }
}

public static class CadencePlanner
{
    /// <summary>The first meeting strictly after <paramref name="after"/>, moved off weekends and holidays to the next working day.</summary>
    public static PlannedMeeting Next(Cadence cadence, DateOnly after, WorkingCalendar calendar)
    {
        Validate(cadence);
        return cadence.Kind switch
        {
            CadenceKind.Quarterly => FirstAfter(after, calendar, QuarterStart(after), m => m.AddMonths(3),
                start => Nominal(start.AddMonths(cadence.MonthOfQuarter - 1), cadence.DayOfMonth),
                start => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}"),
            CadenceKind.Monthly => FirstAfter(after, calendar, new DateOnly(after.Year, after.Month, 1), m => m.AddMonths(1),
                start => Nominal(start, cadence.DayOfMonth), MonthKey),
            CadenceKind.EveryNWeeks => Planned(after.AddDays(7 * cadence.Interval), calendar, WeekKey),
            CadenceKind.EveryNMonths => Planned(after.AddMonths(cadence.Interval), calendar, MonthKey),
            _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
        };
    }

    /// <summary>
    /// The meeting id for a committee's period. Derived, not random, so two nodes planning "next quarter's
    /// meeting" at once write to the same stream and the second append fails instead of making a duplicate.
    /// </summary>
    public static string MeetingIdFor(string committeeId, string periodKey) => $"{committeeId}.{periodKey}";

    /// <summary>The meeting's time on a planned date, in Beijing time (the committee's usual start and length).</summary>
    public static TimeSlot SlotOn(DateOnly date, TimeOnly startsAt, TimeSpan duration)
    {
        var start = ChinaTime.StartOf(date) + startsAt.ToTimeSpan();
        return new TimeSlot(start, start + duration);
    }

    private static PlannedMeeting FirstAfter(
        DateOnly after, WorkingCalendar calendar, DateOnly periodStart, Func<DateOnly, DateOnly> nextPeriod,
        Func<DateOnly, DateOnly> nominalIn, Func<DateOnly, string> keyOf)
    {
        // The period containing `after` may already be past its meeting; then the next one always lies after.
        for (var start = periodStart; ; start = nextPeriod(start))
        {
            var date = calendar.OnOrAfter(nominalIn(start));
            if (date > after) return new PlannedMeeting(date, keyOf(start));
        }
    }

    private static PlannedMeeting Planned(DateOnly nominal, WorkingCalendar calendar, Func<DateOnly, string> keyOf) =>
        new(calendar.OnOrAfter(nominal), keyOf(nominal));

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, (d.Month - 1) / 3 * 3 + 1, 1);

    private static DateOnly Nominal(DateOnly monthStart, int day) =>
        new(monthStart.Year, monthStart.Month, Math.Min(day, DateTime.DaysInMonth(monthStart.Year, monthStart.Month)));

    private static string MonthKey(DateOnly d) => $"{d.Year}-{d.Month:00}";

    private static string WeekKey(DateOnly d)
    {
        var day = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):00}";
    }

    private static void Validate(Cadence c) =>
        new Validator()
            .Require(Enum.IsDefined(c.Kind), "cadence", "会议周期无效")
            .Require(c.Interval is >= 1 and <= 52, "interval", "间隔必须在1到52之间")
            .Require(c.DayOfMonth is >= 1 and <= 31, "dayOfMonth", "日期必须在1到31之间")
            .Require(c.MonthOfQuarter is >= 1 and <= 3, "monthOfQuarter", "季度内月份必须在1到3之间")
            .ThrowIfAny();
}
