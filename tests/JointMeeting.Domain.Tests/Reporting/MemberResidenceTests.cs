using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using MemberSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Reporting.IMemberReportingCommand, JointMeeting.Domain.Reporting.IMemberReportingEvent,
    JointMeeting.Domain.Reporting.ReportingState<JointMeeting.Domain.Reporting.MemberReport>,
    JointMeeting.Domain.Reporting.MemberReportingDecider>;

namespace JointMeeting.Domain.Tests.Reporting;

/// <summary>ChangeResidence: a reported member moves inside their community (grid g1 → g2 of c1) without a new approval.</summary>
public class MemberResidenceTests
{
    private static readonly MemberReportRequested Requested = new("p-member", "r1", C1, "u1", "g1", "b1", ServiceProfile.Empty, "p-member", Now);
    private static readonly MemberReportApproved Approved = new("p-member", "r1", C1, "u1", "g1", "b1", "p-community", Now);
    private static readonly Residence InG2B5 = new("g2", "c1", "b5", "g2");

    private static ChangeResidence Change(Actor actor, Residence residence, string reportId = "r1") => new(actor, Now, "p-member", reportId, residence);

    [Fact]
    public void The_member_moves_to_another_building_of_their_community()
    {
        var state = MemberSpec.Given(Requested, Approved).Then(Change(Member, InG2B5),
            new MemberResidenceChanged("p-member", "r1", "c1", "g2", "b5", "p-member", Now));
        Assert.Equal(("g2", "b5"), (state!.Approved!.GridId, state.Approved.BuildingId));
        Assert.Equal("c1", state.Approved.Target.CommunityId);
        Assert.Equal("g2", state.Approved.ToApprovedReporting("p-member").Grid);
    }

    [Fact]
    public void The_secretaries_over_the_community_may_change_it_for_them()
    {
        MemberSpec.Given(Requested, Approved).Then(Change(CommunitySecretary, InG2B5),
            new MemberResidenceChanged("p-member", "r1", "c1", "g2", "b5", "p-community", Now));
        MemberSpec.Given(Requested, Approved).Then(Change(StreetSecretary, new Residence("g1", "c1", "b2", "g1")),
            new MemberResidenceChanged("p-member", "r1", "c1", "g1", "b2", "p-street", Now));
    }

    [Fact]
    public void Clearing_the_building_keeps_the_grid() =>
        MemberSpec.Given(Requested, Approved).Then(Change(Member, new Residence("g1", "c1")),
            new MemberResidenceChanged("p-member", "r1", "c1", "g1", null, "p-member", Now));

    [Fact]
    public void Others_may_not()
    {
        MemberSpec.Given(Requested, Approved).ThenFails(Change(OtherCommunitySecretary, InG2B5), ErrorCode.Forbidden);
        MemberSpec.Given(Requested, Approved).ThenFails(Change(OtherStreetSecretary, InG2B5), ErrorCode.Forbidden);
        MemberSpec.Given(Requested, Approved).ThenFails(Change(UnitContact, InG2B5), ErrorCode.Forbidden);
        MemberSpec.Given(Requested, Approved).ThenFails(Change(Actor.System, InG2B5), ErrorCode.Forbidden);
    }

    [Fact]
    public void The_place_must_lie_in_the_community_and_the_building_in_the_grid()
    {
        var otherCommunity = MemberSpec.Given(Requested, Approved).ThenFails(Change(Member, new Residence("g9", "c3", null, null)), ErrorCode.Validation);
        Assert.Contains("gridId", otherCommunity.Fields.Keys);
        var buildingElsewhere = MemberSpec.Given(Requested, Approved).ThenFails(Change(Member, new Residence("g2", "c1", "b1", "g1")), ErrorCode.Validation);
        Assert.Contains("buildingId", buildingElsewhere.Fields.Keys);
        MemberSpec.Given(Requested, Approved).ThenFails(Change(Member, new Residence(null, null, "b5", "g2")), ErrorCode.Validation);
    }

    [Fact]
    public void Nothing_to_change_is_a_validation_error()
    {
        var same = MemberSpec.Given(Requested, Approved).ThenFails(Change(Member, new Residence("g1", "c1", "b1", "g1")), ErrorCode.Validation);
        Assert.Contains("buildingId", same.Fields.Keys);
    }

    [Fact]
    public void Only_the_approved_report_moves()
    {
        // Pending: approve or withdraw first; an ended or unknown report cannot move either.
        MemberSpec.Given(Requested).ThenFails(Change(Member, InG2B5), ErrorCode.Conflict);
        MemberSpec.Given(Requested, Approved, new MemberReportEnded("p-member", "r1", "c1", ReportEndReason.Withdrawn, "p-member", Now))
            .ThenFails(Change(Member, InG2B5), ErrorCode.Conflict);
        MemberSpec.Given(Requested, Approved).ThenFails(Change(Member, InG2B5, "r9"), ErrorCode.NotFound);
        MemberSpec.Given().ThenFails(Change(Member, InG2B5), ErrorCode.NotFound);
    }
}
