using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Tests.Support;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using NeedSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Needs.INeedCommand, JointMeeting.Domain.Needs.INeedEvent,
    JointMeeting.Domain.Needs.Need, JointMeeting.Domain.Needs.NeedDecider>;

namespace JointMeeting.Domain.Tests.Needs;

public class NeedDeciderTests
{
    internal static readonly NeedDraft Draft = new(
        "楼道堆物清理", NeedCategory.EnvironmentalImprovement, "3号楼楼道堆物多，存在消防隐患", "3号楼",
        Urgency.High, "志愿者10名，清运车辆1辆", 10, Today.AddDays(14));

    internal static readonly NeedPosted Posted = new("n1", Community, Draft, "p-comm", Now);
    private static readonly NeedClaimed ClaimedByU1 = new("n1", "k1", "u1", null, "p-unit1", Now);

    [Fact]
    public void Community_secretary_posts_a_need() =>
        NeedSpec.Given().Then(new PostNeed(CommunitySecretary, Now, "n1", Community, Draft), Posted);

    [Fact]
    public void Street_secretary_and_admin_may_post_for_a_community_in_their_scope()
    {
        Assert.Single(NeedSpec.Given().When(new PostNeed(StreetSecretary, Now, "n1", Community, Draft)));
        Assert.Single(NeedSpec.Given().When(new PostNeed(Admin, Now, "n1", Community, Draft)));
    }

    [Fact]
    public void Secretary_of_another_community_or_a_unit_may_not_post()
    {
        NeedSpec.Given().ThenFails(new PostNeed(OtherSecretary, Now, "n1", Community, Draft), ErrorCode.Forbidden);
        NeedSpec.Given().ThenFails(new PostNeed(UnitContact, Now, "n1", Community, Draft), ErrorCode.Forbidden);
    }

    [Fact]
    public void A_deadline_in_the_past_and_blank_fields_are_all_reported()
    {
        var bad = Draft with { Title = " ", Deadline = Today.AddDays(-1), QuantityNeeded = 0 };
        var error = NeedSpec.Given().ThenFails(new PostNeed(CommunitySecretary, Now, "n1", Community, bad), ErrorCode.Validation);
        Assert.Equal(["deadline", "quantityNeeded", "title"], error.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("截止日期不能早于今天", error.Fields["deadline"]);
    }

    [Fact]
    public void Posting_twice_is_a_conflict() =>
        NeedSpec.Given(Posted).ThenFails(new PostNeed(CommunitySecretary, Now, "n1", Community, Draft), ErrorCode.Conflict);

    [Fact]
    public void Edit_close_and_withdraw()
    {
        var edited = Draft with { Urgency = Urgency.Urgent };
        NeedSpec.Given(Posted).Then(new EditNeed(CommunitySecretary, Now, "n1", edited), new NeedEdited("n1", edited, "p-comm", Now));
        var closed = NeedSpec.Given(Posted).Then(new CloseNeed(CommunitySecretary, Now, "n1", "已完成"), new NeedClosed("n1", null, "已完成", "p-comm", Now));
        Assert.Equal(NeedStatus.Closed, closed!.Status);
        var gone = NeedSpec.Given(Posted).Then(new WithdrawNeed(CommunitySecretary, Now, "n1", "重复发布"), new NeedWithdrawn("n1", "重复发布", "p-comm", Now));
        Assert.Equal(NeedStatus.Withdrawn, gone!.Status);
    }

    [Fact]
    public void A_closed_need_cannot_be_edited_closed_or_claimed_again()
    {
        var spec = NeedSpec.Given(Posted, new NeedClosed("n1", null, null, "p-comm", Now));
        spec.ThenFails(new EditNeed(CommunitySecretary, Now, "n1", Draft), ErrorCode.Conflict);
        spec.ThenFails(new CloseNeed(CommunitySecretary, Now, "n1", null), ErrorCode.Conflict);
        spec.ThenFails(new ClaimNeed(UnitContact, Now, "n1", "k1", "u1", true, null), ErrorCode.Conflict);
    }

    [Fact]
    public void Withdrawing_needs_a_reason_and_unknown_needs_are_not_found()
    {
        NeedSpec.Given(Posted).ThenFails(new WithdrawNeed(CommunitySecretary, Now, "n1", ""), ErrorCode.Validation);
        NeedSpec.Given().ThenFails(new EditNeed(CommunitySecretary, Now, "n1", Draft), ErrorCode.NotFound);
    }

    [Fact]
    public void A_co_building_unit_claims_and_the_community_confirms()
    {
        var state = NeedSpec.Given(Posted).Then(new ClaimNeed(UnitContact, Now, "n1", "k1", "u1", true, null), ClaimedByU1);
        Assert.Equal(NeedStatus.ClaimPending, state!.Status);
        state = NeedSpec.Given(Posted, ClaimedByU1)
            .Then(new ConfirmNeedClaim(CommunitySecretary, Now, "n1", "k1"), new NeedClaimConfirmed("n1", "k1", "u1", "p-comm", Now));
        Assert.Equal(NeedStatus.Claimed, state!.Status);
    }

    [Fact]
    public void Closing_a_claimed_need_credits_the_confirmed_unit() =>
        NeedSpec.Given(Posted, ClaimedByU1, new NeedClaimConfirmed("n1", "k1", "u1", "p-comm", Now))
            .Then(new CloseNeed(CommunitySecretary, Now, "n1", null), new NeedClosed("n1", "u1", null, "p-comm", Now));

    [Fact]
    public void Claiming_an_already_claimed_need_is_a_conflict_pending_or_confirmed()
    {
        var pending = NeedSpec.Given(Posted, ClaimedByU1);
        var error = pending.ThenFails(new ClaimNeed(OtherUnitContact, Now, "n1", "k2", "u2", true, null), ErrorCode.Conflict);
        Assert.Equal("该需求已被其他单位认领", error.Message);
        pending.ThenFails(new ClaimNeed(UnitContact, Now, "n1", "k2", "u1", true, null), ErrorCode.Conflict);
        NeedSpec.Given(Posted, ClaimedByU1, new NeedClaimConfirmed("n1", "k1", "u1", "p-comm", Now))
            .ThenFails(new ClaimNeed(OtherUnitContact, Now, "n1", "k2", "u2", true, null), ErrorCode.Conflict);
    }

    [Fact]
    public void A_declined_or_withdrawn_claim_frees_the_need()
    {
        var declined = NeedSpec.Given(Posted, ClaimedByU1, new NeedClaimDeclined("n1", "k1", "u1", "不符合", "p-comm", Now));
        Assert.Single(declined.When(new ClaimNeed(OtherUnitContact, Now, "n1", "k2", "u2", true, null)));
        var withdrawn = NeedSpec.Given(Posted, ClaimedByU1)
            .And(new WithdrawNeedClaim(UnitContact, Now, "n1", "k1"));
        Assert.Equal(NeedStatus.Open, withdrawn.State!.Status);
    }

    [Fact]
    public void Only_a_co_building_units_own_contact_may_claim()
    {
        NeedSpec.Given(Posted).ThenFails(new ClaimNeed(UnitContact, Now, "n1", "k1", "u1", false, null), ErrorCode.Forbidden);
        NeedSpec.Given(Posted).ThenFails(new ClaimNeed(OtherUnitContact, Now, "n1", "k1", "u1", true, null), ErrorCode.Forbidden);
        NeedSpec.Given(Posted).ThenFails(new ClaimNeed(CommunitySecretary, Now, "n1", "k1", "u1", true, null), ErrorCode.Forbidden);
    }

    [Fact]
    public void A_need_past_its_deadline_cannot_be_claimed() =>
        NeedSpec.Given(Posted).ThenFails(new ClaimNeed(UnitContact, Now.AddDays(15), "n1", "k1", "u1", true, null), ErrorCode.Conflict);

    [Fact]
    public void Confirming_someone_elses_claim_is_forbidden()
    {
        var spec = NeedSpec.Given(Posted, ClaimedByU1);
        spec.ThenFails(new ConfirmNeedClaim(OtherSecretary, Now, "n1", "k1"), ErrorCode.Forbidden);
        spec.ThenFails(new ConfirmNeedClaim(UnitContact, Now, "n1", "k1"), ErrorCode.Forbidden);
        spec.ThenFails(new DeclineNeedClaim(OtherUnitContact, Now, "n1", "k1", "x"), ErrorCode.Forbidden);
        spec.ThenFails(new WithdrawNeedClaim(OtherUnitContact, Now, "n1", "k1"), ErrorCode.Forbidden);
    }

    [Fact]
    public void Deciding_a_claim_twice_or_an_unknown_claim()
    {
        var spec = NeedSpec.Given(Posted, ClaimedByU1, new NeedClaimConfirmed("n1", "k1", "u1", "p-comm", Now));
        spec.ThenFails(new ConfirmNeedClaim(CommunitySecretary, Now, "n1", "k1"), ErrorCode.Conflict);
        spec.ThenFails(new DeclineNeedClaim(CommunitySecretary, Now, "n1", "k1", "晚了"), ErrorCode.Conflict);
        spec.ThenFails(new ConfirmNeedClaim(CommunitySecretary, Now, "n1", "nope"), ErrorCode.NotFound);
        spec.ThenFails(new WithdrawNeedClaim(UnitContact, Now, "n1", "k1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Declining_needs_a_reason() =>
        NeedSpec.Given(Posted, ClaimedByU1).ThenFails(new DeclineNeedClaim(CommunitySecretary, Now, "n1", "k1", ""), ErrorCode.Validation);

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        Assert.Equal(NeedEventNames.All.Count, NeedEventNames.All.Select(n => n.Name).Distinct().Count());
        var declared = typeof(INeedEvent).Assembly.GetTypes().Where(t => typeof(INeedEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), NeedEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
    }
}
