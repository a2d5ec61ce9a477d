using JointMeeting.Domain.Common;
using JointMeeting.Domain.Resources;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using ResourceSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Resources.IResourceCommand, JointMeeting.Domain.Resources.IResourceEvent,
    JointMeeting.Domain.Resources.Resource, JointMeeting.Domain.Resources.ResourceDecider>;

namespace JointMeeting.Domain.Tests.Resources;

public class ResourceDeciderTests
{
    internal static readonly ResourceDraft Draft = new(
        ResourceKind.Venue, "多功能会议室", "可容纳50人，带投影", 3, "间", Today, Today.AddDays(90), "单位1号楼");

    internal static readonly ResourceOffered Offered = new("r1", "u1", Community, Draft, "p-unit1", Now);

    private static ResourceClaimed Claimed(string claimId, int quantity, OrgPath? by = null) =>
        new("r1", claimId, by ?? Community, quantity, "老年活动", "p-comm", Now);

    [Fact]
    public void A_co_building_units_contact_offers_a_resource() =>
        ResourceSpec.Given().Then(new OfferResource(UnitContact, Now, "r1", "u1", Community, true, Draft), Offered);

    [Fact]
    public void Offering_for_another_unit_or_without_co_building_is_forbidden()
    {
        ResourceSpec.Given().ThenFails(new OfferResource(OtherUnitContact, Now, "r1", "u1", Community, true, Draft), ErrorCode.Forbidden);
        ResourceSpec.Given().ThenFails(new OfferResource(UnitContact, Now, "r1", "u1", Community, false, Draft), ErrorCode.Forbidden);
    }

    [Fact]
    public void Offer_fields_are_validated()
    {
        var bad = Draft with { Capacity = 0, AvailableUntil = Today.AddDays(-1) };
        var error = ResourceSpec.Given().ThenFails(new OfferResource(UnitContact, Now, "r1", "u1", Community, true, bad), ErrorCode.Validation);
        Assert.Contains("capacity", error.Fields.Keys);
        Assert.Contains("availableUntil", error.Fields.Keys);
    }

    [Fact]
    public void Communities_claim_within_remaining_capacity_counting_pending_and_confirmed()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 1), new ResourceClaimConfirmed("r1", "k1", "p-unit1", Now), Claimed("k2", 1));
        Assert.Equal(1, spec.State!.Remaining);
        spec.Then(new ClaimResource(CommunitySecretary, Now, "r1", "k3", Community, 1, "议事"), Claimed("k3", 1) with { Purpose = "议事" });
    }

    [Fact]
    public void A_claim_over_capacity_is_a_conflict()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 2));
        var error = spec.ThenFails(new ClaimResource(CommunitySecretary, Now, "r1", "k2", Community, 2, "活动"), ErrorCode.Conflict);
        Assert.Equal("剩余容量不足：仅剩1间", error.Message);
    }

    [Fact]
    public void Declined_and_cancelled_claims_give_capacity_back()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 2), Claimed("k2", 1))
            .And(new DeclineResourceClaim(UnitContact, Now, "r1", "k1", "当天有内部活动"))
            .And(new CancelResourceClaim(CommunitySecretary, Now, "r1", "k2", "活动取消"));
        Assert.Equal(3, spec.State!.Remaining);
    }

    [Fact]
    public void Only_the_offering_unit_confirms_or_declines()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 1));
        spec.ThenFails(new ConfirmResourceClaim(OtherUnitContact, Now, "r1", "k1"), ErrorCode.Forbidden);
        spec.ThenFails(new ConfirmResourceClaim(CommunitySecretary, Now, "r1", "k1"), ErrorCode.Forbidden);
        spec.ThenFails(new DeclineResourceClaim(CommunitySecretary, Now, "r1", "k1", "x"), ErrorCode.Forbidden);
        spec.Then(new ConfirmResourceClaim(UnitContact, Now, "r1", "k1"), new ResourceClaimConfirmed("r1", "k1", "p-unit1", Now));
    }

    [Fact]
    public void Claims_only_from_inside_the_offer_area_by_its_secretaries()
    {
        var spec = ResourceSpec.Given(Offered);
        spec.ThenFails(new ClaimResource(OtherSecretary, Now, "r1", "k1", OtherCommunity, 1, "x"), ErrorCode.Forbidden);
        spec.ThenFails(new ClaimResource(UnitContact, Now, "r1", "k1", Community, 1, "x"), ErrorCode.Forbidden);
        Assert.Single(spec.When(new ClaimResource(StreetSecretary, Now, "r1", "k1", Community, 1, "街道代社区认领")));
    }

    [Fact]
    public void Claim_input_and_window_are_checked()
    {
        var spec = ResourceSpec.Given(Offered);
        spec.ThenFails(new ClaimResource(CommunitySecretary, Now, "r1", "k1", Community, 0, ""), ErrorCode.Validation);
        spec.ThenFails(new ClaimResource(CommunitySecretary, Now.AddDays(91), "r1", "k1", Community, 1, "x"), ErrorCode.Conflict);
        ResourceSpec.Given(Offered, Claimed("k1", 1)).ThenFails(new ClaimResource(CommunitySecretary, Now, "r1", "k1", Community, 1, "x"), ErrorCode.Conflict);
    }

    [Fact]
    public void Use_is_recorded_on_a_confirmed_claim_and_carries_the_unit()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 2));
        spec.ThenFails(new RecordResourceUse(CommunitySecretary, Now, "r1", "k1", null), ErrorCode.Conflict);
        var used = ResourceSpec.Given(Offered, Claimed("k1", 2), new ResourceClaimConfirmed("r1", "k1", "p-unit1", Now))
            .Then(new RecordResourceUse(CommunitySecretary, Now, "r1", "k1", "已使用"), new ResourceUsed("r1", "k1", "u1", 2, "已使用", "p-comm", Now));
        Assert.Equal(1, used!.Remaining);
    }

    [Fact]
    public void Capacity_cannot_be_edited_below_what_is_claimed_and_withdrawn_resources_take_no_claims()
    {
        var spec = ResourceSpec.Given(Offered, Claimed("k1", 2));
        spec.ThenFails(new EditResource(UnitContact, Now, "r1", Draft with { Capacity = 1 }), ErrorCode.Conflict);
        spec.ThenFails(new EditResource(OtherUnitContact, Now, "r1", Draft), ErrorCode.Forbidden);
        var withdrawn = spec.And(new WithdrawResource(UnitContact, Now, "r1", "不再提供"));
        withdrawn.ThenFails(new ClaimResource(CommunitySecretary, Now, "r1", "k9", Community, 1, "x"), ErrorCode.Conflict);
    }

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        var declared = typeof(IResourceEvent).Assembly.GetTypes().Where(t => typeof(IResourceEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), ResourceEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
        Assert.Equal(ResourceEventNames.All.Count, ResourceEventNames.All.Select(n => n.Name).Distinct().Count());
    }
}
