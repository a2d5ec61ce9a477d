using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Points;
using JointMeeting.Domain.VolunteerPosts;
using static JointMeeting.Domain.Tests.Points.PointsTestData;

namespace JointMeeting.Domain.Tests.Points;

public class PointFactsFromEventsTests
{
    [Fact]
    public void Confirmed_wishes_and_check_outs_become_facts_that_earn_points()
    {
        var confirmed = new WishConfirmed("w1", Member, 5, "谢谢", "p-sec", On(2026, 3, 5));
        var checkedOut = new VolunteerCheckedOut("vp1", Member, On(2026, 3, 7, 8), 2m, VolunteerPostCategory.GarbageSorting, On(2026, 3, 7, 10));
        PointFact[] facts = [PointFactsFromEvents.From(confirmed, "修门锁"), PointFactsFromEvents.From(checkedOut)];

        var entries = PointsCalculator.Entries(Member, facts, PointsRules.Default);
        Assert.Equal(["完成微心愿「修门锁」（评价5星，含好评加1分）", "志愿服务「垃圾分类督导」2小时"], entries.Select(e => e.Reason));
        Assert.Equal(5m, entries.Sum(e => e.Points));
    }
}
