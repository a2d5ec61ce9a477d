using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Points;

/// <summary>
/// The 双报告 summary a member's unit receives each quarter: what they did in the quarter, and
/// where their stars stand for the year so far.
/// </summary>
public sealed record QuarterlyServiceReport(
    string MemberId, int Year, int Quarter, int WishesFulfilled, decimal VolunteerHours, int ActionItemsDone,
    decimal Points, int StarsEarned, int StarsYearToDate, StarGrade GradeYearToDate)
{
    /// <summary>Built from the same facts and rules as the ledger, so both always agree.</summary>
    public static QuarterlyServiceReport For(string memberId, int year, int quarter, IEnumerable<PointFact> facts, PointsRules rules)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "季度须为1至4");
        var mine = facts.Where(f => f.OwnerId == memberId).DistinctBy(f => (f.Source, f.SourceId)).ToList();
        var inQuarter = mine.Where(f => YearQuarterOf(f.At) == (year, quarter)).ToList();
        var entries = PointsCalculator.Entries(memberId, mine, rules).Where(e => e.Date.Year == year).ToList();

        var toDate = PointsCalculator.Standing(year, entries.Where(e => QuarterOf(e.Date) <= quarter), rules);
        var before = PointsCalculator.Standing(year, entries.Where(e => QuarterOf(e.Date) < quarter), rules);

        return new QuarterlyServiceReport(
            memberId, year, quarter,
            WishesFulfilled: inQuarter.OfType<ConfirmedWishFact>().Count(),
            VolunteerHours: inQuarter.OfType<VolunteerHoursFact>().Sum(v => v.Hours),
            ActionItemsDone: inQuarter.OfType<ActionItemDoneFact>().Count(),
            Points: entries.Where(e => QuarterOf(e.Date) == quarter).Sum(e => e.Points),
            StarsEarned: toDate.Stars - before.Stars,
            StarsYearToDate: toDate.Stars,
            GradeYearToDate: toDate.Grade);
    }

    public static int QuarterOf(DateOnly date) => (date.Month - 1) / 3 + 1;

    private static (int Year, int Quarter) YearQuarterOf(DateTimeOffset at)
    {
        var date = ChinaTime.Today(at);
        return (date.Year, QuarterOf(date));
    }
}
