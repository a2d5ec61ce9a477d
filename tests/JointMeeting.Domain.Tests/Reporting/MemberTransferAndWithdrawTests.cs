using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using MemberSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Reporting.IMemberReportingCommand, JointMeeting.Domain.Reporting.IMemberReportingEvent,
    JointMeeting.Domain.Reporting.ReportingState<JointMeeting.Domain.Reporting.MemberReport>,
    JointMeeting.Domain.Reporting.MemberReportingDecider>;

namespace JointMeeting.Domain.Tests.Reporting;

public class MemberTransferAndWithdrawTests
{
    private static readonly MemberReportRequested Requested = new("p-member", "r1", C1, "u1", null, null, ServiceProfile.Empty, "p-member", Now);
    private static readonly MemberReportApproved Approved = new("p-member", "r1", C1, "u1", null, null, "p-community", Now);
    private static readonly MemberReportRequested ToC3 = new("p-member", "r2", C3, "u1", null, null, ServiceProfile.Empty, "p-member", Now);
    private static readonly Actor C3Secretary = Person("p-c3", Role.CommunitySecretary, "c3");

    [Fact]
    public void Transfer_keeps_the_old_community_until_the_new_one_approves()
    {
        var pending = MemberSpec.Given(Requested, Approved).Then(
            new RequestMemberReport(Member, Now, "p-member", "r2", "c3", OrganisationKind.Community, C3, "u1", Residence.Unknown, ServiceProfile.Empty),
            ToC3);
        Assert.Equal("c1", pending!.Approved!.Target.CommunityId);
        Assert.Equal("c3", pending.Pending!.Target.CommunityId);

        var moved = MemberSpec.Given(Requested, Approved, ToC3).Then(new ApproveMemberReport(C3Secretary, Now, "p-member", "r2"),
            new MemberReportEnded("p-member", "r1", "c1", ReportEndReason.Transferred, "p-c3", Now),
            new MemberReportApproved("p-member", "r2", C3, "u1", null, null, "p-c3", Now));
        Assert.Equal("c3", moved!.Approved!.Target.CommunityId);
        Assert.Null(moved.Pending);
    }

    [Fact]
    public void The_old_community_cannot_approve_the_transfer() =>
        MemberSpec.Given(Requested, Approved, ToC3).ThenFails(new ApproveMemberReport(CommunitySecretary, Now, "p-member", "r2"), ErrorCode.Forbidden);

    [Fact]
    public void A_rejected_transfer_leaves_the_member_where_they_were()
    {
        var state = MemberSpec.Given(Requested, Approved, ToC3).Then(new RejectMemberReport(C3Secretary, Now, "p-member", "r2", "不在本社区居住"),
            new MemberReportRejected("p-member", "r2", "不在本社区居住", "p-c3", Now));
        Assert.Equal("r1", state!.Approved!.ReportId);
    }

    [Fact]
    public void Member_withdraws_a_pending_request()
    {
        var state = MemberSpec.Given(Requested).Then(new WithdrawMemberReport(Member, Now, "p-member", "r1"),
            new MemberReportWithdrawn("p-member", "r1", "p-member", Now));
        Assert.Null(state!.Pending);
    }

    [Fact]
    public void Member_or_their_secretary_ends_an_approved_report()
    {
        var state = MemberSpec.Given(Requested, Approved).Then(new WithdrawMemberReport(CommunitySecretary, Now, "p-member", "r1"),
            new MemberReportEnded("p-member", "r1", "c1", ReportEndReason.Withdrawn, "p-community", Now));
        Assert.Null(state!.Approved);
    }

    [Fact]
    public void Withdraw_rejections()
    {
        MemberSpec.Given(Requested).ThenFails(new WithdrawMemberReport(OtherCommunitySecretary, Now, "p-member", "r1"), ErrorCode.Forbidden);
        MemberSpec.Given(Requested, Approved).ThenFails(new WithdrawMemberReport(UnitContact, Now, "p-member", "r1"), ErrorCode.Forbidden);
        MemberSpec.Given(Requested).ThenFails(new WithdrawMemberReport(Member, Now, "p-member", "r9"), ErrorCode.NotFound);
        MemberSpec.Given().ThenFails(new WithdrawMemberReport(Member, Now, "p-member", "r1"), ErrorCode.NotFound);
        MemberSpec.Given(Requested, new MemberReportWithdrawn("p-member", "r1", "p-member", Now))
            .ThenFails(new WithdrawMemberReport(Member, Now, "p-member", "r1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Member_updates_their_service_profile_once_approved()
    {
        var profile = new ServiceProfile([Skill.IT], ["教育"], [new(DayOfWeek.Sunday, DayPart.Afternoon)]);
        var state = MemberSpec.Given(Requested, Approved).Then(new UpdateServiceProfile(Member, Now, "p-member", profile),
            new ServiceProfileUpdated("p-member", "r1", profile, "p-member", Now));
        Assert.Equal([Skill.IT], state!.Approved!.Profile.Skills);
        MemberSpec.Given(Requested).ThenFails(new UpdateServiceProfile(Member, Now, "p-member", profile), ErrorCode.Conflict);
        MemberSpec.Given(Requested, Approved).ThenFails(new UpdateServiceProfile(CommunitySecretary, Now, "p-member", profile), ErrorCode.Forbidden);
        MemberSpec.Given(Requested, Approved).ThenFails(new UpdateServiceProfile(Member, Now, "p-member", profile with { PreferredCategories = [" "] }), ErrorCode.Validation);
        MemberSpec.Given().ThenFails(new UpdateServiceProfile(Member, Now, "p-member", profile), ErrorCode.NotFound);
    }

    [Fact]
    public void Event_names_are_unique()
    {
        var names = MemberReportingEventNames.All.Concat(UnitReportingEventNames.All).Select(n => n.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
