using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using UnitSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Reporting.IUnitReportingCommand, JointMeeting.Domain.Reporting.IUnitReportingEvent,
    JointMeeting.Domain.Reporting.ReportingState<JointMeeting.Domain.Reporting.UnitReport>,
    JointMeeting.Domain.Reporting.UnitReportingDecider>;

namespace JointMeeting.Domain.Tests.Reporting;

public class UnitReportingTests
{
    private static RequestUnitReport Request(Actor actor, string reportId = "r1", string target = "c1",
        OrganisationKind kind = OrganisationKind.Community, OrgPath? path = null) =>
        new(actor, Now, "u1", reportId, target, kind, path ?? C1, " 愿意共建 ");

    private static readonly UnitReportRequested Requested = new("u1", "r1", C1, "愿意共建", "p-unit", Now);
    private static readonly UnitReportApproved Approved = new("u1", "r1", C1, "p-community", Now);
    private static readonly UnitReportRequested ToStreet = new("u1", "r2", S1, "愿意共建", "p-unit", Now);

    [Fact]
    public void Unit_contact_reports_to_the_community() => UnitSpec.Given().Then(Request(UnitContact), Requested);

    [Fact]
    public void A_unit_may_report_to_a_street_and_only_street_level_approves_it()
    {
        UnitSpec.Given().Then(Request(UnitContact, "r2", "s1", OrganisationKind.Street, S1), ToStreet);
        UnitSpec.Given(ToStreet).ThenFails(new ApproveUnitReport(CommunitySecretary, Now, "u1", "r2"), ErrorCode.Forbidden);
        UnitSpec.Given(ToStreet).Then(new ApproveUnitReport(StreetSecretary, Now, "u1", "r2"), new UnitReportApproved("u1", "r2", S1, "p-street", Now));
    }

    [Theory]
    [MemberData(nameof(Others))]
    public void Others_cannot_request_for_the_unit(Actor actor) => UnitSpec.Given().ThenFails(Request(actor), ErrorCode.Forbidden);

    public static TheoryData<Actor> Others => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, Member, Person("p-x", Role.UnitContact, "u2"), Actor.System];

    [Fact]
    public void Target_must_be_a_community_or_street() =>
        Assert.Contains("targetId", UnitSpec.Given().ThenFails(Request(UnitContact, target: "g1", kind: OrganisationKind.Grid), ErrorCode.Validation).Fields.Keys);

    [Fact]
    public void A_second_pending_report_is_a_conflict() =>
        UnitSpec.Given(Requested).ThenFails(Request(UnitContact, "r2", "s1", OrganisationKind.Street, S1), ErrorCode.Conflict);

    [Fact]
    public void Approval_makes_it_a_co_building_unit()
    {
        var state = UnitSpec.Given(Requested).Then(new ApproveUnitReport(CommunitySecretary, Now, "u1", "r1"), Approved);
        Assert.Equal("c1", state!.Approved!.Target.OwnerId);
        UnitSpec.Given(Requested, Approved).ThenFails(Request(UnitContact, "r3"), ErrorCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Roles_out_of_scope_cannot_decide(Actor actor)
    {
        UnitSpec.Given(Requested).ThenFails(new ApproveUnitReport(actor, Now, "u1", "r1"), ErrorCode.Forbidden);
        UnitSpec.Given(Requested).ThenFails(new RejectUnitReport(actor, Now, "u1", "r1", "不符合"), ErrorCode.Forbidden);
    }

    public static TheoryData<Actor> OutOfScope => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Member];

    [Fact]
    public void Reject_with_reason_and_other_rejections()
    {
        UnitSpec.Given(Requested).Then(new RejectUnitReport(CommunitySecretary, Now, "u1", "r1", "请向所在社区报到"),
            new UnitReportRejected("u1", "r1", "请向所在社区报到", "p-community", Now));
        UnitSpec.Given(Requested).ThenFails(new RejectUnitReport(CommunitySecretary, Now, "u1", "r1", ""), ErrorCode.Validation);
        UnitSpec.Given().ThenFails(new ApproveUnitReport(CommunitySecretary, Now, "u1", "r1"), ErrorCode.NotFound);
        UnitSpec.Given(Requested, Approved).ThenFails(new ApproveUnitReport(CommunitySecretary, Now, "u1", "r1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Moving_the_report_ends_co_building_at_the_old_place_on_approval() =>
        UnitSpec.Given(Requested, Approved, ToStreet).Then(new ApproveUnitReport(StreetSecretary, Now, "u1", "r2"),
            new UnitReportEnded("u1", "r1", "c1", ReportEndReason.Transferred, "p-street", Now),
            new UnitReportApproved("u1", "r2", S1, "p-street", Now));

    [Fact]
    public void Withdraw_pending_or_end_co_building()
    {
        UnitSpec.Given(Requested).Then(new WithdrawUnitReport(UnitContact, Now, "u1", "r1"), new UnitReportWithdrawn("u1", "r1", "p-unit", Now));
        var state = UnitSpec.Given(Requested, Approved).Then(new WithdrawUnitReport(UnitContact, Now, "u1", "r1"),
            new UnitReportEnded("u1", "r1", "c1", ReportEndReason.Withdrawn, "p-unit", Now));
        Assert.Null(state!.Approved);
        UnitSpec.Given(Requested, Approved).ThenFails(new WithdrawUnitReport(OtherCommunitySecretary, Now, "u1", "r1"), ErrorCode.Forbidden);
        UnitSpec.Given(Requested).ThenFails(new WithdrawUnitReport(UnitContact, Now, "u1", "r9"), ErrorCode.NotFound);
    }
}
