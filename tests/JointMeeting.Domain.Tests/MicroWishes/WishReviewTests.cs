using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using static JointMeeting.Domain.Tests.MicroWishes.WishTestData;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishReviewTests
{
    [Fact]
    public void Community_secretary_submits_a_wish()
    {
        var state = WishSpec.Given().Then(Submit(), Submitted());
        Assert.Equal(WishStatus.Submitted, state!.Status);
    }

    [Fact]
    public void Street_secretary_and_district_admin_above_the_community_may_submit()
    {
        Assert.Single(WishSpec.Given().When(Submit(StreetSecretary)));
        Assert.Single(WishSpec.Given().When(Submit(DistrictAdmin)));
    }

    [Fact]
    public void Another_communitys_secretary_or_a_member_may_not_submit()
    {
        WishSpec.Given().ThenFails(Submit(OtherSecretary), ErrorCode.Forbidden);
        WishSpec.Given().ThenFails(Submit(Member), ErrorCode.Forbidden);
        WishSpec.Given().ThenFails(Submit(Actor.System), ErrorCode.Forbidden);
    }

    [Fact]
    public void Submitting_names_every_bad_field()
    {
        var bad = Submit() with
        {
            Title = " ", EstimatedValue = -1, Resident = new ResidentContact("", "12ab", ""), Category = (WishCategory)99,
        };
        var error = WishSpec.Given().ThenFails(bad, ErrorCode.Validation);
        Assert.Equal(["title", "category", "estimatedValue", "residentName", "residentPhone", "residentAddress"], error.Fields.Keys);
    }

    [Theory]
    [InlineData(1000.01)]
    [InlineData(12.345)]
    public void Estimated_value_is_at_most_1000_yuan_with_cents(double value)
    {
        var error = WishSpec.Given().ThenFails(Submit(value: (decimal)value), ErrorCode.Validation);
        Assert.Contains("estimatedValue", error.Fields.Keys);
    }

    [Fact]
    public void Submitting_an_existing_wish_is_a_conflict() =>
        WishSpec.Given(Submitted()).ThenFails(Submit(), ErrorCode.Conflict);

    [Fact]
    public void Approving_publishes()
    {
        var state = WishSpec.Given(Submitted())
            .Then(new ReviewWish(Secretary, T0.AddHours(1), WishId, Approve: true), Published());
        Assert.Equal((WishStatus.Published, T0.AddHours(1)), (state!.Status, state.PublishedAt));
    }

    [Fact]
    public void Rejecting_needs_a_reason()
    {
        var error = WishSpec.Given(Submitted()).ThenFails(new ReviewWish(Secretary, T0, WishId, false), ErrorCode.Validation);
        Assert.Equal(["reason"], error.Fields.Keys);

        var state = WishSpec.Given(Submitted())
            .Then(new ReviewWish(Secretary, T0, WishId, false, "不属于微心愿"), new WishRejected(WishId, "不属于微心愿", "p-sec", T0));
        Assert.Equal(WishStatus.Rejected, state!.Status);
    }

    [Fact]
    public void Reviewing_twice_is_a_conflict()
    {
        var error = WishSpec.Given(Submitted(), Published()).ThenFails(new ReviewWish(Secretary, T0, WishId, true), ErrorCode.Conflict);
        Assert.Contains("已发布", error.Message);
    }

    [Fact]
    public void Only_staff_over_the_community_review() =>
        WishSpec.Given(Submitted()).ThenFails(new ReviewWish(OtherSecretary, T0, WishId, true), ErrorCode.Forbidden);

    [Fact]
    public void Publish_is_approval_and_may_widen_to_the_street()
    {
        var state = WishSpec.Given(Submitted())
            .Then(new PublishWish(Secretary, T0.AddHours(1), WishId, WidenToStreet: true), Published(widen: true));
        Assert.True(state!.WidenedToStreet);
        WishSpec.Given(Submitted(), Published()).ThenFails(new PublishWish(Secretary, T0, WishId), ErrorCode.Conflict);
    }

    [Fact]
    public void Anything_but_submit_on_a_missing_wish_is_not_found() =>
        WishSpec.Given().ThenFails(new PublishWish(Secretary, T0, WishId), ErrorCode.NotFound);

    [Fact]
    public void Published_or_claimed_wishes_can_be_cancelled_with_a_reason()
    {
        var cancel = new CancelWish(Secretary, T0.AddDays(2), WishId, "居民已自行解决");
        var expected = new WishCancelled(WishId, "居民已自行解决", "p-sec", T0.AddDays(2));
        Assert.Equal(WishStatus.Cancelled, WishSpec.Given(Submitted(), Published()).Then(cancel, expected)!.Status);
        var state = WishSpec.Given(Submitted(), Published(), Claimed()).Then(cancel, expected);
        Assert.Null(state!.Claim);
    }

    [Fact]
    public void Cancelling_needs_a_reason_the_right_state_and_the_community()
    {
        WishSpec.Given(Submitted(), Published()).ThenFails(new CancelWish(Secretary, T0, WishId, ""), ErrorCode.Validation);
        WishSpec.Given(Submitted()).ThenFails(new CancelWish(Secretary, T0, WishId, "重复"), ErrorCode.Conflict);
        WishSpec.Given(Submitted(), Published(), Claimed(), Fulfilled())
            .ThenFails(new CancelWish(Secretary, T0, WishId, "重复"), ErrorCode.Conflict);
        WishSpec.Given(Submitted(), Published()).ThenFails(new CancelWish(Member, T0, WishId, "重复"), ErrorCode.Forbidden);
    }
}

public class WishWideningTests
{
    private static readonly WidenWish Widen = new(Secretary, T0.AddDays(3), WishId);

    [Fact]
    public void A_published_wish_can_be_widened_to_the_street_once()
    {
        var spec = WishSpec.Given(Submitted(), Published());
        var state = spec.Then(Widen, new WishWidenedToStreet(WishId, "s1", "p-sec", T0.AddDays(3)));
        Assert.True(state!.WidenedToStreet);
        Assert.Equal("该心愿已面向全街道发布", spec.And(Widen).ThenFails(Widen, ErrorCode.Conflict).Message);
    }

    [Fact]
    public void After_widening_street_members_may_claim() =>
        Assert.Single(WishSpec.Given(Submitted(), Published(), new WishWidenedToStreet(WishId, "s1", "p-sec", T0))
            .When(Claim(StreetMember, StreetMemberReporting)));

    [Fact]
    public void Only_staff_widen_and_only_open_wishes()
    {
        WishSpec.Given(Submitted(), Published()).ThenFails(Widen with { Actor = Member }, ErrorCode.Forbidden);
        WishSpec.Given(Submitted()).ThenFails(Widen, ErrorCode.Conflict);
    }
}
