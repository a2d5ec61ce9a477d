using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.Tests.Meetings;

public class CadenceTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    private static PlannedMeeting Planned(string date, string key) => new(D(date), key);

    private static readonly WorkingCalendar Weekends = WorkingCalendar.WeekendsOnly;

    [Theory]
    [InlineData("2026-03-02", "2026-04-15", "2026-Q2")] // Q1's Jan 15 has passed
    [InlineData("2026-04-14", "2026-04-15", "2026-Q2")]
    [InlineData("2026-04-15", "2026-07-15", "2026-Q3")] // strictly after
    [InlineData("2026-11-20", "2027-01-15", "2027-Q1")] // across the year end
    public void Quarterly_on_the_15th_of_the_first_month(string after, string date, string key) =>
        Assert.Equal(Planned(date, key), CadencePlanner.Next(Cadence.Quarterly, D(after), Weekends));

    [Fact]
    public void A_weekend_date_moves_to_monday() =>
        Assert.Equal(Planned("2026-03-16", "2026-Q1"),
            CadencePlanner.Next(new Cadence(CadenceKind.Quarterly, MonthOfQuarter: 3), D("2026-03-02"), Weekends));

    [Fact]
    public void Quarter_end_meeting_pushed_past_new_year_keeps_its_quarters_key()
    {
        var lastDayOfQuarter = new Cadence(CadenceKind.Quarterly, DayOfMonth: 31, MonthOfQuarter: 3);
        var holidays = new WorkingCalendar(new HashSet<DateOnly> { D("2026-12-31"), D("2027-01-01") });
        var q4 = CadencePlanner.Next(lastDayOfQuarter, D("2026-12-01"), holidays);
        Assert.Equal(Planned("2027-01-04", "2026-Q4"), q4); // Thu holiday, Fri holiday, weekend → Monday
        Assert.Equal(Planned("2027-03-31", "2027-Q1"), CadencePlanner.Next(lastDayOfQuarter, q4.Date, holidays));
    }

    [Theory]
    [InlineData("2026-10-16", "2026-11-16", "2026-11")] // Nov 15 is a Sunday
    [InlineData("2026-12-20", "2027-01-15", "2027-01")]
    public void Monthly_on_the_15th(string after, string date, string key) =>
        Assert.Equal(Planned(date, key), CadencePlanner.Next(Cadence.Monthly, D(after), Weekends));

    [Fact]
    public void Monthly_day_31_is_clamped_to_short_months_then_moved_off_the_weekend_keeping_its_month() =>
        Assert.Equal(Planned("2027-03-01", "2027-02"), CadencePlanner.Next(new Cadence(CadenceKind.Monthly, DayOfMonth: 31), D("2027-02-01"), Weekends));

    [Fact]
    public void Holidays_push_to_the_next_working_day_and_make_up_saturdays_count_as_working()
    {
        var nationalDay = new WorkingCalendar(
            Enumerable.Range(1, 8).Select(d => new DateOnly(2026, 10, d)).ToHashSet(), new HashSet<DateOnly> { D("2026-10-10") });
        Assert.Equal(Planned("2026-10-09", "2026-10"), CadencePlanner.Next(new Cadence(CadenceKind.Monthly, DayOfMonth: 3), D("2026-09-30"), nationalDay));
        Assert.Equal(Planned("2026-10-10", "2026-10"), CadencePlanner.Next(new Cadence(CadenceKind.Monthly, DayOfMonth: 10), D("2026-09-30"), nationalDay));
    }

    [Fact]
    public void Every_two_weeks_across_the_year_end_keyed_by_iso_week() =>
        Assert.Equal(Planned("2027-01-07", "2027-W01"), CadencePlanner.Next(new Cadence(CadenceKind.EveryNWeeks, 2), D("2026-12-24"), Weekends));

    [Fact]
    public void Every_two_months_from_the_last_meeting() =>
        Assert.Equal(Planned("2027-02-01", "2027-01"), CadencePlanner.Next(new Cadence(CadenceKind.EveryNMonths, 2), D("2026-11-30"), Weekends));

    [Fact]
    public void The_same_period_always_gives_the_same_meeting_id()
    {
        var onNodeA = CadencePlanner.Next(Cadence.Quarterly, D("2026-08-01"), Weekends);
        var onNodeB = CadencePlanner.Next(Cadence.Quarterly, D("2026-09-30"), Weekends);
        Assert.Equal("2026-Q4", onNodeA.PeriodKey);
        Assert.Equal(CadencePlanner.MeetingIdFor("jc1", onNodeA.PeriodKey), CadencePlanner.MeetingIdFor("jc1", onNodeB.PeriodKey));
        Assert.Equal("meeting-jc1.2026-Q4", Meeting.StreamId(CadencePlanner.MeetingIdFor("jc1", "2026-Q4")));
        Assert.NotEqual(CadencePlanner.MeetingIdFor("jc1", "2026-Q4"), CadencePlanner.MeetingIdFor("jc2", "2026-Q4"));
    }

    [Fact]
    public void A_planned_date_becomes_a_slot_in_beijing_time()
    {
        var slot = CadencePlanner.SlotOn(D("2026-04-15"), new TimeOnly(14, 30), TimeSpan.FromHours(2));
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 6, 30, 0, TimeSpan.Zero), slot.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 8, 30, 0, TimeSpan.Zero), slot.EndsAt);
    }

    [Fact]
    public void A_nonsense_cadence_is_a_validation_error()
    {
        var error = Assert.Throws<DomainException>(() => CadencePlanner.Next(new Cadence(CadenceKind.EveryNWeeks, 0), D("2026-01-01"), Weekends));
        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Contains("interval", error.Fields.Keys);
    }
}
