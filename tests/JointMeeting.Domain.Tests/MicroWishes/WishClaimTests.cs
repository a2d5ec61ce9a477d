using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using static JointMeeting.Domain.Tests.MicroWishes.WishTestData;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishClaimTests
{
    private static WishSpec Published_() => WishSpec.Given(Submitted(), Published());

    [Fact]
    public void A_reporting_member_claims_a_published_wish_due_after_the_communitys_limit()
    {
        var state = Published_().Then(Claim(settings: new CommunityWishSettings(FulfilWithinDays: 3)),
            new WishClaimed(WishId, "m1", ClaimedAt, ClaimedAt.AddDays(3)));
        Assert.Equal(WishStatus.Claimed, state!.Status);
        Assert.Equal(ClaimedAt.AddDays(3), state.Claim!.DueAt);
    }

    [Fact]
    public void The_default_limit_is_seven_days() =>
        Published_().Then(Claim(), new WishClaimed(WishId, "m1", ClaimedAt, ClaimedAt.AddDays(7)));

    [Fact]
    public void A_wish_not_yet_published_cannot_be_claimed()
    {
        var error = WishSpec.Given(Submitted()).ThenFails(Claim(), ErrorCode.Conflict);
        Assert.Equal("该心愿尚未发布", error.Message);
    }

    [Fact]
    public void The_second_claimant_gets_a_conflict_naming_the_state()
    {
        var error = WishSpec.Given(Submitted(), Published(), Claimed("m2")).ThenFails(Claim(), ErrorCode.Conflict);
        Assert.Equal("该心愿已被认领", error.Message);
    }

    [Fact]
    public void Claiming_twice_is_a_conflict()
    {
        var error = WishSpec.Given(Submitted(), Published(), Claimed()).ThenFails(Claim(), ErrorCode.Conflict);
        Assert.Equal("您已认领该心愿", error.Message);
    }

    [Fact]
    public void Without_approved_reporting_a_member_may_not_claim() =>
        Published_().ThenFails(Claim(Member, reporting: null), ErrorCode.Forbidden);

    [Fact]
    public void A_member_whose_role_was_revoked_may_not_claim_while_the_report_stays_approved()
    {
        // The administrator revoked the Member role; the approved report (the reporting fact) is still there.
        var revoked = Member with { Grants = [] };
        var error = Published_().ThenFails(Claim(revoked, reporting: new ApprovedReporting("m1", "c1", "s1", null, null)), ErrorCode.Forbidden);
        Assert.Equal("您在报到社区的在职党员身份已被撤销，不能认领心愿", error.Message);
        // A Member role elsewhere does not stand in for the one of the reported community.
        Published_().ThenFails(Claim(Member with { Grants = [new RoleGrant(Role.Member, "c2")] },
            reporting: new ApprovedReporting("m1", "c1", "s1", null, null)), ErrorCode.Forbidden);
    }

    [Fact]
    public void A_member_reported_elsewhere_may_not_claim()
    {
        Published_().ThenFails(Claim(Outsider, OutsiderReporting), ErrorCode.Forbidden);
        Published_().ThenFails(Claim(StreetMember, StreetMemberReporting), ErrorCode.Forbidden);
    }

    [Fact]
    public void Someone_elses_reporting_does_not_count() =>
        Published_().ThenFails(Claim(Outsider, MemberReporting), ErrorCode.Forbidden);

    [Fact]
    public void A_wish_widened_to_the_street_may_be_claimed_by_the_streets_members() =>
        WishSpec.Given(Submitted(), Published(widen: true))
            .Then(Claim(StreetMember, StreetMemberReporting), new WishClaimed(WishId, "m3", ClaimedAt, DueAt));

    [Fact]
    public void Widening_does_not_reach_other_streets() =>
        WishSpec.Given(Submitted(), Published(widen: true)).ThenFails(Claim(Outsider, OutsiderReporting), ErrorCode.Forbidden);

    [Fact]
    public void Secretaries_and_jobs_do_not_claim()
    {
        Published_().ThenFails(Claim(Secretary), ErrorCode.Forbidden);
        Published_().ThenFails(Claim(Actor.System, MemberReporting), ErrorCode.Forbidden);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    public void Past_the_open_claim_limit_a_member_may_not_claim(int openClaims, int limit)
    {
        var error = Published_().ThenFails(
            Claim(openClaims: openClaims, settings: new CommunityWishSettings(OpenClaimLimit: limit)), ErrorCode.Conflict);
        Assert.Contains($"上限{limit}个", error.Message);
    }

    [Fact]
    public void Below_the_limit_a_member_may_claim() =>
        Assert.Single(Published_().When(Claim(openClaims: 2)));

    [Fact]
    public void The_claimant_releases_and_the_wish_is_published_again()
    {
        var at = ClaimedAt.AddDays(1);
        var state = WishSpec.Given(Submitted(), Published(), Claimed())
            .Then(new ReleaseWish(Member, at, WishId, "临时出差"), new WishReleased(WishId, "m1", "临时出差", "m1", at));
        Assert.Equal(WishStatus.Published, state!.Status);
        Assert.Null(state.Claim);
        Assert.Equal(Published().At, state.PublishedAt);
    }

    [Fact]
    public void Only_the_claimant_releases()
    {
        WishSpec.Given(Submitted(), Published(), Claimed()).ThenFails(new ReleaseWish(Member2, T0, WishId), ErrorCode.Forbidden);
        WishSpec.Given(Submitted(), Published(), Claimed()).ThenFails(new ReleaseWish(Secretary, T0, WishId), ErrorCode.Forbidden);
    }

    [Fact]
    public void Releasing_an_unclaimed_wish_is_a_conflict() =>
        Published_().ThenFails(new ReleaseWish(Member, T0, WishId), ErrorCode.Conflict);

    [Fact]
    public void After_a_release_another_member_may_claim()
    {
        var spec = WishSpec.Given(Submitted(), Published(), Claimed(), new WishReleased(WishId, "m1", null, "m1", ClaimedAt.AddHours(1)));
        spec.Then(Claim(Member2, Member2Reporting), new WishClaimed(WishId, "m2", ClaimedAt, DueAt));
    }
}
