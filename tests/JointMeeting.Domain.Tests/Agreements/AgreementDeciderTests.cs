using JointMeeting.Domain.Agreements;
using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using AgreementSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Agreements.IAgreementCommand, JointMeeting.Domain.Agreements.IAgreementEvent,
    JointMeeting.Domain.Agreements.Agreement, JointMeeting.Domain.Agreements.AgreementDecider>;

namespace JointMeeting.Domain.Tests.Agreements;

public class AgreementDeciderTests
{
    private static readonly AgreementTerms Terms = new("2026年度共建协议", "共建党员活动阵地、开展助老服务", Today, Today.AddYears(1), ["pr1"]);
    private static readonly AgreementDrafted Drafted = new("ag1", Community, "u1", Terms, "p-comm", Now);
    private static readonly AgreementSigned SignedByCommunity = new("ag1", AgreementSide.Organisation, "p-comm", Now);

    [Fact]
    public void The_community_drafts_with_a_co_building_unit()
    {
        AgreementSpec.Given().Then(new DraftAgreement(CommunitySecretary, Now, "ag1", Community, "u1", true, Terms), Drafted);
        AgreementSpec.Given().ThenFails(new DraftAgreement(CommunitySecretary, Now, "ag1", Community, "u1", false, Terms), ErrorCode.Forbidden);
        AgreementSpec.Given().ThenFails(new DraftAgreement(UnitContact, Now, "ag1", Community, "u1", true, Terms), ErrorCode.Forbidden);
    }

    [Fact]
    public void The_term_must_end_after_it_starts_and_not_in_the_past()
    {
        var error = AgreementSpec.Given().ThenFails(
            new DraftAgreement(CommunitySecretary, Now, "ag1", Community, "u1", true, Terms with { StartsOn = Today.AddDays(-30), EndsOn = Today.AddDays(-1) }),
            ErrorCode.Validation);
        Assert.Contains("endsOn", error.Fields.Keys);
    }

    [Fact]
    public void Both_signatures_make_it_effective_in_either_order()
    {
        var first = AgreementSpec.Given(Drafted).Then(new SignAgreement(CommunitySecretary, Now, "ag1", AgreementSide.Organisation), SignedByCommunity);
        Assert.Equal(AgreementStatus.Draft, first!.Status);
        var effective = AgreementSpec.Given(Drafted, SignedByCommunity).Then(new SignAgreement(UnitContact, Now, "ag1", AgreementSide.Unit),
            new AgreementSigned("ag1", AgreementSide.Unit, "p-unit1", Now), new AgreementTookEffect("ag1", Community, "u1", "p-unit1", Now));
        Assert.Equal(AgreementStatus.Effective, effective!.Status);
        Assert.True(effective.IsInForce(Today));
        Assert.True(effective.IsExpired(Today.AddYears(1).AddDays(1)));
        var unitFirst = AgreementSpec.Given(Drafted).And(new SignAgreement(UnitContact, Now, "ag1", AgreementSide.Unit))
            .And(new SignAgreement(StreetSecretary, Now, "ag1", AgreementSide.Organisation));
        Assert.Equal(AgreementStatus.Effective, unitFirst.State!.Status);
    }

    [Fact]
    public void Each_side_signs_only_for_itself_and_once()
    {
        AgreementSpec.Given(Drafted).ThenFails(new SignAgreement(UnitContact, Now, "ag1", AgreementSide.Organisation), ErrorCode.Forbidden);
        AgreementSpec.Given(Drafted).ThenFails(new SignAgreement(OtherUnitContact, Now, "ag1", AgreementSide.Unit), ErrorCode.Forbidden);
        AgreementSpec.Given(Drafted).ThenFails(new SignAgreement(OtherSecretary, Now, "ag1", AgreementSide.Organisation), ErrorCode.Forbidden);
        AgreementSpec.Given(Drafted, SignedByCommunity).ThenFails(new SignAgreement(CommunitySecretary, Now, "ag1", AgreementSide.Organisation), ErrorCode.Conflict);
    }

    [Fact]
    public void Signed_terms_cannot_be_edited()
    {
        Assert.Single(AgreementSpec.Given(Drafted).When(new EditAgreement(CommunitySecretary, Now, "ag1", Terms with { Scope = "扩大范围" })));
        AgreementSpec.Given(Drafted, SignedByCommunity).ThenFails(new EditAgreement(CommunitySecretary, Now, "ag1", Terms), ErrorCode.Conflict);
        AgreementSpec.Given(Drafted).ThenFails(new EditAgreement(UnitContact, Now, "ag1", Terms), ErrorCode.Forbidden);
    }

    [Fact]
    public void Either_party_terminates_with_a_reason_once()
    {
        var effective = AgreementSpec.Given(Drafted, SignedByCommunity, new AgreementSigned("ag1", AgreementSide.Unit, "p-unit1", Now),
            new AgreementTookEffect("ag1", Community, "u1", "p-unit1", Now));
        effective.ThenFails(new TerminateAgreement(UnitContact, Now, "ag1", ""), ErrorCode.Validation);
        effective.ThenFails(new TerminateAgreement(OtherUnitContact, Now, "ag1", "x"), ErrorCode.Forbidden);
        var ended = effective.Then(new TerminateAgreement(UnitContact, Now, "ag1", "单位搬迁"),
            new AgreementTerminated("ag1", AgreementSide.Unit, "单位搬迁", "p-unit1", Now));
        Assert.False(ended!.IsInForce(Today));
        AgreementSpec.Given(Drafted, new AgreementTerminated("ag1", AgreementSide.Organisation, "x", "p-comm", Now))
            .ThenFails(new TerminateAgreement(CommunitySecretary, Now, "ag1", "again"), ErrorCode.Conflict);
        AgreementSpec.Given(Drafted, new AgreementTerminated("ag1", AgreementSide.Organisation, "x", "p-comm", Now))
            .ThenFails(new SignAgreement(UnitContact, Now, "ag1", AgreementSide.Unit), ErrorCode.Conflict);
    }

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        var declared = typeof(IAgreementEvent).Assembly.GetTypes().Where(t => typeof(IAgreementEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), AgreementEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
        Assert.Equal(AgreementEventNames.All.Count, AgreementEventNames.All.Select(n => n.Name).Distinct().Count());
    }
}
