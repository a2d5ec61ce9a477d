using JointMeeting.Domain.MicroWishes;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishRankingTests
{
    /// <summary>Wednesday 4 March 2026, 10:00 China time.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 4, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly MemberProfile Plumber = new("m1", "g1", "b1", ["维修"], [WishCategory.ElderCare],
        new HashSet<DayOfWeek> { DayOfWeek.Saturday });

    private static WishCandidate Wish(string id, WishCategory category, string? grid, string? building, int daysAgo) =>
        new(id, category, grid, building, Now.AddDays(-daysAgo).AddHours(-1));

    [Fact]
    public void Same_building_beats_same_grid_beats_elsewhere()
    {
        var ranked = WishRanking.ForMember(Plumber with { Skills = [], PreferredCategories = [], AvailableDays = new HashSet<DayOfWeek>() },
        [
            Wish("far", WishCategory.Other, "g9", "b9", 0),
            Wish("grid", WishCategory.Other, "g1", "b5", 0),
            Wish("building", WishCategory.Other, "g1", "b1", 0),
        ], Now);
        Assert.Equal(["building", "grid", "far"], ranked.Select(r => r.Wish.WishId));
        Assert.Equal(["同楼栋", "同网格", ""], ranked.Select(r => r.Reason));
    }

    [Fact]
    public void A_same_named_building_in_another_grid_is_not_the_same_building()
    {
        var ranked = WishRanking.ForMember(Plumber, [Wish("w", WishCategory.Other, "g2", "b1", 0)], Now);
        Assert.DoesNotContain("同楼栋", ranked[0].Reasons);
    }

    [Fact]
    public void Reasons_explain_the_score_in_order()
    {
        var ranked = WishRanking.ForMember(Plumber, [Wish("w", WishCategory.Repair, "g1", "b1", 9)], Now);
        Assert.Equal("同楼栋 · 擅长维修 · 本周有空 · 已等待9天", ranked[0].Reason);
        Assert.Equal(WishRanking.SameBuilding + WishRanking.SkillMatch + WishRanking.AvailableThisWeek + 9, ranked[0].Score);
    }

    [Fact]
    public void Preferred_categories_are_named()
    {
        var ranked = WishRanking.ForMember(Plumber, [Wish("w", WishCategory.ElderCare, null, null, 0)], Now);
        Assert.Equal("偏好助老 · 本周有空", ranked[0].Reason);
    }

    [Fact]
    public void Skill_outranks_preference_and_a_long_wait_lifts_a_wish_but_not_past_nearness()
    {
        var ranked = WishRanking.ForMember(Plumber,
        [
            Wish("old-far", WishCategory.Other, "g9", null, 30),
            Wish("preferred", WishCategory.ElderCare, "g9", null, 0),
            Wish("skill", WishCategory.Repair, "g9", null, 0),
            Wish("near", WishCategory.Other, "g1", "b1", 0),
        ], Now);
        Assert.Equal(["near", "skill", "preferred", "old-far"], ranked.Select(r => r.Wish.WishId));
        Assert.Equal(WishRanking.MaxWaitingPoints + WishRanking.AvailableThisWeek, ranked[^1].Score);
    }

    [Fact]
    public void Equal_scores_put_the_longer_waiting_wish_first()
    {
        var a = new WishCandidate("a", WishCategory.Other, null, null, Now.AddHours(-2));
        var b = new WishCandidate("b", WishCategory.Other, null, null, Now.AddHours(-5));
        Assert.Equal(["b", "a"], WishRanking.ForMember(Plumber, [a, b], Now).Select(r => r.Wish.WishId));
    }

    [Theory]
    [InlineData(DayOfWeek.Wednesday, true)]
    [InlineData(DayOfWeek.Sunday, true)]
    [InlineData(DayOfWeek.Tuesday, false)]
    [InlineData(DayOfWeek.Monday, false)]
    public void Available_this_week_means_a_free_day_still_ahead(DayOfWeek freeDay, bool expected) =>
        Assert.Equal(expected, WishRanking.IsAvailableThisWeek(new HashSet<DayOfWeek> { freeDay }, Now));

    [Fact]
    public void Best_members_for_a_wish_are_the_matching_ones_best_first()
    {
        var wish = Wish("w", WishCategory.Repair, "g1", "b1", 3);
        MemberProfile[] members =
        [
            new("stranger", "g9", null, [], [], new HashSet<DayOfWeek>()),
            new("neighbour", "g1", "b1", [], [], new HashSet<DayOfWeek>()),
            Plumber with { MemberId = "plumber-elsewhere", Grid = "g7", Building = null },
            Plumber,
            new("grid-mate", "g1", "b4", [], [], new HashSet<DayOfWeek> { DayOfWeek.Friday }),
        ];
        var best = WishRanking.BestMembersFor(wish, members, Now, take: 3);
        Assert.Equal(["m1", "neighbour", "grid-mate"], best.Select(b => b.Member.MemberId));
        Assert.Equal("同楼栋 · 擅长维修 · 本周有空", best[0].Reason);
        Assert.DoesNotContain(WishRanking.BestMembersFor(wish, members, Now), b => b.Member.MemberId == "stranger");
    }
}
