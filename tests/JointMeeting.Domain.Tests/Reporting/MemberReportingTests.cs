using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using MemberSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Reporting.IMemberReportingCommand, JointMeeting.Domain.Reporting.IMemberReportingEvent,
    JointMeeting.Domain.Reporting.ReportingState<JointMeeting.Domain.Reporting.MemberReport>,
    JointMeeting.Domain.Reporting.MemberReportingDecider>;

namespace JointMeeting.Domain.Tests.Reporting;

public class MemberReportingTests
{
    // Member (p-member) reports to c1, works at u1, lives in grid g1, building b1.
    private static readonly ServiceProfile Profile = new(
        [Skill.Repair, Skill.Medical, Skill.Repair], [" 助老助残 "],
        [new(DayOfWeek.Saturday, DayPart.Morning), new(DayOfWeek.Monday, DayPart.Evening)]);

    private static readonly ServiceProfile Normalised = new(
        [Skill.Medical, Skill.Repair], ["助老助残"],
        [new(DayOfWeek.Monday, DayPart.Evening), new(DayOfWeek.Saturday, DayPart.Morning)]);

    private static readonly Residence InG1 = new("g1", "c1", "b1", "g1");

    private static RequestMemberReport Request(Actor actor, string reportId = "r1", string community = "c1", OrgPath? path = null,
        Residence? residence = null, OrganisationKind kind = OrganisationKind.Community, string unit = "u1") =>
        new(actor, Now, "p-member", reportId, community, kind, path ?? C1, unit, residence ?? InG1, Profile);

    private static readonly MemberReportRequested Requested = new("p-member", "r1", C1, "u1", "g1", "b1", Normalised, "p-member", Now);
    private static readonly MemberReportApproved Approved = new("p-member", "r1", C1, "u1", "g1", "b1", "p-community", Now);

    [Fact]
    public void Member_reports_to_their_community() => MemberSpec.Given().Then(Request(Member), Requested);

    [Fact]
    public void The_community_secretary_may_enter_it_for_them() =>
        MemberSpec.Given().Then(Request(CommunitySecretary), Requested with { By = "p-community" });

    [Theory]
    [MemberData(nameof(NotThemNorAbove))]
    public void Nobody_else_reports_for_the_member(Actor actor) => MemberSpec.Given().ThenFails(Request(actor), ErrorCode.Forbidden);

    public static TheoryData<Actor> NotThemNorAbove => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Actor.System];

    [Fact]
    public void Request_validation_names_each_field()
    {
        var error = MemberSpec.Given().ThenFails(Request(Member, community: "s1", path: S1, kind: OrganisationKind.Street,
            residence: new Residence("g9", "c2", "b9", "g8"), unit: " "), ErrorCode.Validation);
        Assert.Equal(["buildingId", "communityId", "gridId", "unitId"], error.Fields.Keys.Order());
        Assert.Contains("buildingId", MemberSpec.Given().ThenFails(Request(Member, residence: new Residence(BuildingId: "b1")), ErrorCode.Validation).Fields.Keys);
        var badProfile = Request(Member) with { Profile = new ServiceProfile([(Skill)99], [""], []) };
        Assert.Equal(["preferredCategories", "skills"], MemberSpec.Given().ThenFails(badProfile, ErrorCode.Validation).Fields.Keys.Order());
    }

    [Fact]
    public void A_second_pending_report_is_a_conflict()
    {
        var error = MemberSpec.Given(Requested).ThenFails(Request(Member, "r2", "c2", C2, Residence.Unknown), ErrorCode.Conflict);
        Assert.Equal("已有待审核的报到申请，请等待审核或先撤回", error.Message);
    }

    [Fact]
    public void Reporting_again_to_the_same_community_or_with_a_used_id_is_a_conflict()
    {
        MemberSpec.Given(Requested, Approved).ThenFails(Request(Member, "r2"), ErrorCode.Conflict);
        MemberSpec.Given(Requested, Approved).ThenFails(Request(Member, "r1", "c2", C2, Residence.Unknown), ErrorCode.Conflict);
    }

    [Fact]
    public void Community_secretary_approves()
    {
        var state = MemberSpec.Given(Requested).Then(new ApproveMemberReport(CommunitySecretary, Now, "p-member", "r1"), Approved);
        Assert.Null(state!.Pending);
        Assert.Equal(new ApprovedReporting("p-member", "c1", "s1", "g1", "b1"), state.Approved!.ToApprovedReporting("p-member"));
    }

    [Theory]
    [MemberData(nameof(Above))]
    public void Secretaries_above_the_community_may_approve_too(Actor actor) =>
        Assert.IsType<MemberReportApproved>(Assert.Single(MemberSpec.Given(Requested).When(new ApproveMemberReport(actor, Now, "p-member", "r1"))));

    public static TheoryData<Actor> Above => [StreetSecretary, Admin];

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void Roles_out_of_scope_cannot_decide(Actor actor)
    {
        MemberSpec.Given(Requested).ThenFails(new ApproveMemberReport(actor, Now, "p-member", "r1"), ErrorCode.Forbidden);
        MemberSpec.Given(Requested).ThenFails(new RejectMemberReport(actor, Now, "p-member", "r1", "不符合"), ErrorCode.Forbidden);
    }

    public static TheoryData<Actor> OutOfScope => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Member, Actor.System];

    [Fact]
    public void Deciding_an_unknown_or_decided_report()
    {
        MemberSpec.Given().ThenFails(new ApproveMemberReport(CommunitySecretary, Now, "p-member", "r1"), ErrorCode.NotFound);
        MemberSpec.Given(Requested).ThenFails(new ApproveMemberReport(CommunitySecretary, Now, "p-member", "r9"), ErrorCode.NotFound);
        MemberSpec.Given(Requested, Approved).ThenFails(new ApproveMemberReport(CommunitySecretary, Now, "p-member", "r1"), ErrorCode.Conflict);
        MemberSpec.Given(Requested, new MemberReportRejected("p-member", "r1", "x", "p-community", Now))
            .ThenFails(new RejectMemberReport(CommunitySecretary, Now, "p-member", "r1", "again"), ErrorCode.Conflict);
    }

    [Fact]
    public void Reject_needs_a_reason_and_frees_the_member_to_report_again()
    {
        Assert.Contains("reason", MemberSpec.Given(Requested).ThenFails(new RejectMemberReport(CommunitySecretary, Now, "p-member", "r1", " "), ErrorCode.Validation).Fields.Keys);
        var state = MemberSpec.Given(Requested).Then(new RejectMemberReport(CommunitySecretary, Now, "p-member", "r1", " 非本社区居民 "),
            new MemberReportRejected("p-member", "r1", "非本社区居民", "p-community", Now));
        Assert.Null(state!.Pending);
        var again = MemberSpec.Given(Requested, new MemberReportRejected("p-member", "r1", "x", "p-community", Now));
        Assert.Single(again.When(Request(Member, "r2")));
    }
}
