using JointMeeting.Domain.Points;
using static JointMeeting.Domain.Tests.Points.PointsTestData;

namespace JointMeeting.Domain.Tests.Points;

public class QuarterlyServiceReportTests
{
    private static readonly PointFact[] Facts =
    [
        new ConfirmedWishFact(Member, "w1", On(2026, 1, 10), 5),
        new VolunteerHoursFact(Member, "vp1", On(2026, 2, 1), 9m),
        new VolunteerHoursFact(Member, "vp2", On(2026, 4, 2), 1.5m),
        new ActionItemDoneFact(Member, "a1", On(2026, 5, 3)),
        new ConfirmedWishFact(Member, "w2", On(2026, 6, 30, 23), 3),
        new ConfirmedWishFact("other", "w9", On(2026, 5, 1), 5),
    ];

    [Fact]
    public void A_quarter_counts_what_the_member_did_in_it()
    {
        var q1 = QuarterlyServiceReport.For(Member, 2026, 1, Facts, PointsRules.Default);
        Assert.Equal(new QuarterlyServiceReport(Member, 2026, 1, 1, 9m, 0, 12m, 1, 1, StarGrade.Red), q1);

        var q2 = QuarterlyServiceReport.For(Member, 2026, 2, Facts, PointsRules.Default);
        Assert.Equal(new QuarterlyServiceReport(Member, 2026, 2, 1, 1.5m, 1, 6.5m, 0, 1, StarGrade.Red), q2);
    }

    [Fact]
    public void Stars_earned_in_a_quarter_respect_the_yearly_cap()
    {
        var facts = Enumerable.Range(1, 40).Select(i => (PointFact)new ActionItemDoneFact(Member, $"a{i}", On(2026, 1, 1).AddDays(i)))
            .Concat(Enumerable.Range(1, 10).Select(i => new ActionItemDoneFact(Member, $"b{i}", On(2026, 7, i))));
        var q1 = QuarterlyServiceReport.For(Member, 2026, 1, facts, PointsRules.Default);
        var q2 = QuarterlyServiceReport.For(Member, 2026, 2, facts, PointsRules.Default);
        var q3 = QuarterlyServiceReport.For(Member, 2026, 3, facts, PointsRules.Default);
        Assert.Equal((10, 10), (q1.StarsEarned, q1.StarsYearToDate));
        Assert.Equal((0, 10), (q2.StarsEarned, q2.StarsYearToDate));
        Assert.Equal((0, 30m), (q3.StarsEarned, q3.Points));
    }

    [Fact]
    public void A_rule_change_changes_the_report_too() =>
        Assert.Equal(2 * 9m + 3m,
            QuarterlyServiceReport.For(Member, 2026, 1, Facts, PointsRules.Default with { PerVolunteerHour = 2m }).Points);
}
