using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Resources;
using static JointMeeting.Domain.Tests.Support.CycleCast;

namespace JointMeeting.Domain.Tests.Needs;

public class NeedMatchingTests
{
    /// <summary>Needs 10 volunteers in c1 by two weeks from now.</summary>
    private static readonly Need Need = new("n1", Community, NeedDeciderTests.Draft, false, false, []);

    private static MatchCandidate Candidate(
        string id, ResourceKind kind, OrgPath offeredTo, int capacity, int completed = 0, int overdue = 0, string unit = "u1")
    {
        var draft = new ResourceDraft(kind, id, "说明", capacity, "人", Today, Today.AddDays(60), "某地");
        return new MatchCandidate(new Resource(id, unit, offeredTo, draft, false, []), new UnitRecord(unit, completed, overdue));
    }

    [Fact]
    public void Ranked_by_category_place_capacity_and_record_with_reasons()
    {
        var ranked = NeedMatching.Rank(Need,
        [
            Candidate("far-volunteers", ResourceKind.Volunteers, FarCommunity, 20),
            Candidate("venue-here", ResourceKind.Venue, Community, 1),
            Candidate("volunteers-here", ResourceKind.Volunteers, Community, 12, completed: 3),
            Candidate("equipment-street", ResourceKind.Equipment, OtherCommunity, 4),
        ]);
        Assert.Equal(["volunteers-here", "far-volunteers", "equipment-street", "venue-here"], ranked.Select(m => m.ResourceId));
        Assert.Equal("类别匹配 · 同社区 · 容量充足 · 历史办结3项", ranked[0].Reason);
        Assert.Equal(40 + 25 + 20 + 9, ranked[0].Score);
        Assert.Equal("类别匹配 · 容量充足", ranked[1].Reason); // the right kind from afar beats a related kind nearby
        Assert.Equal("类别相关 · 同街道 · 容量部分满足（4/10）", ranked[2].Reason);
        Assert.Equal("同社区 · 容量部分满足（1/10）", ranked[3].Reason);
    }

    [Fact]
    public void Overdue_items_lower_a_unit_and_ties_prefer_more_capacity()
    {
        var ranked = NeedMatching.Rank(Need,
        [
            Candidate("late", ResourceKind.Volunteers, Community, 10, overdue: 2, unit: "u2"),
            Candidate("small", ResourceKind.Volunteers, Community, 10),
            Candidate("big", ResourceKind.Volunteers, Community, 30),
        ]);
        Assert.Equal(["big", "small", "late"], ranked.Select(m => m.ResourceId));
        Assert.EndsWith("逾期2项", ranked[2].Reason);
    }

    [Fact]
    public void Full_withdrawn_and_too_late_resources_are_not_proposed()
    {
        var full = Candidate("full", ResourceKind.Volunteers, Community, 2);
        full = full with { Resource = full.Resource with { Claims = [new ResourceClaim("k", Community, 2, "x", ResourceClaimStatus.Confirmed)] } };
        var withdrawn = Candidate("withdrawn", ResourceKind.Volunteers, Community, 5);
        withdrawn = withdrawn with { Resource = withdrawn.Resource with { IsWithdrawn = true } };
        var late = Candidate("late", ResourceKind.Volunteers, Community, 5);
        late = late with { Resource = late.Resource with { Draft = late.Resource.Draft with { AvailableFrom = Today.AddDays(30) } } };
        Assert.Empty(NeedMatching.Rank(Need, [full, withdrawn, late]));
    }

    [Fact]
    public void Every_category_has_a_fit_list() =>
        Assert.All(Enum.GetValues<NeedCategory>(), c => Assert.True(NeedMatching.Fits.ContainsKey(c)));
}
