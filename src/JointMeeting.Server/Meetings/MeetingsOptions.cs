using System.Globalization;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// Meetings:* configuration: the working calendar the cadence moves meetings off (public holidays, weekend
/// make-up workdays, as yyyy-MM-dd), the default start and length of planned meetings, and reminder leads.
/// </summary>
public sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    public List<string> Holidays { get; set; } = [];

    public List<string> MakeUpWorkdays { get; set; } = [];

    /// <summary>Beijing time of day planned meetings start at.</summary>
    public string DefaultStart { get; set; } = "09:30";

    public int DefaultDurationMinutes { get; set; } = 120;

    public string DefaultPlace { get; set; } = "待定（由召集人确定）";

    /// <summary>Days before a meeting its members are reminded (each lead once).</summary>
    public List<int> ReminderDays { get; set; } = [];

    public IReadOnlyList<int> EffectiveReminderDays => ReminderDays.Count > 0 ? ReminderDays.Distinct().ToList() : [3, 1];

    public WorkingCalendar Calendar() => new(Dates(Holidays), Dates(MakeUpWorkdays));

    public TimeOnly Start() => TimeOnly.ParseExact(DefaultStart, "HH:mm", CultureInfo.InvariantCulture);

    private static HashSet<DateOnly> Dates(IEnumerable<string> values) =>
        values.Select(v => DateOnly.ParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToHashSet();
}
