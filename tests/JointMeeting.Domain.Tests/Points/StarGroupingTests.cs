using JointMeeting.Domain.Points;
using static JointMeeting.Domain.Tests.Points.PointsTestData;

namespace JointMeeting.Domain.Tests.Points;

public class StarGroupingTests
{
    private static readonly PointsRules FiveThreeTwo = PointsRules.Default with { Grouping = StarGrouping.FiveThreeTwo };

    [Fact]
    public void Under_532_each_group_is_capped_on_its_own()
    {
        PointFact[] facts =
        [
            new VolunteerHoursFact(Member, "vp1", On(2026, 3, 1), 80m),          // 80 common points → 5 (capped from 8)
            new ActionItemDoneFact(Member, "a1", On(2026, 3, 2)),                // 3 duty points → 0
            new ConfirmedWishFact(Member, "w1", On(2026, 3, 3), 5),              // 3 chosen points → 0
        ];
        var year = PointsCalculator.Ledger(Member, facts, FiveThreeTwo).For(2026);
        Assert.Equal(5, year.Stars);
        Assert.Equal(new Dictionary<StarGroup, int> { [StarGroup.Common] = 5, [StarGroup.Duty] = 0, [StarGroup.Chosen] = 0 }, year.StarsByGroup);

        var ungrouped = PointsCalculator.Ledger(Member, facts, PointsRules.Default).For(2026);
        Assert.Equal(8, ungrouped.Stars);
        Assert.Empty(ungrouped.StarsByGroup);
    }

    [Fact]
    public void A_full_532_year_is_ten_stars()
    {
        var facts = new List<PointFact> { new VolunteerHoursFact(Member, "vp1", On(2026, 3, 1), 60m) };
        facts.AddRange(Enumerable.Range(1, 12).Select(i => new ActionItemDoneFact(Member, $"a{i}", On(2026, 4, i))));
        facts.AddRange(Enumerable.Range(1, 10).Select(i => new ConfirmedWishFact(Member, $"w{i}", On(2026, 5, i), 4)));
        var year = PointsCalculator.Ledger(Member, facts, FiveThreeTwo).For(2026);
        Assert.Equal((10, StarGrade.Gold), (year.Stars, year.Grade));
        Assert.Equal((5, 3, 2), (year.StarsByGroup[StarGroup.Common], year.StarsByGroup[StarGroup.Duty], year.StarsByGroup[StarGroup.Chosen]));
    }
}
