using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Meetings.MeetingFixture;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using MeetingSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Meetings.IMeetingCommand, JointMeeting.Domain.Meetings.IMeetingEvent,
    JointMeeting.Domain.Meetings.Meeting, JointMeeting.Domain.Meetings.MeetingDecider>;

namespace JointMeeting.Domain.Tests.Meetings;

public class MeetingConductTests
{
    private static readonly Actor UnitMember2 = Person("p-unit1b", Role.UnitContact, "u1");
    private static readonly MinutesDrafted Drafted = new("m1", "会议议定：楼道堆物清理项目立项。", "p-comm", During);

    [Fact]
    public void Members_accept_or_ask_for_leave_with_a_reason()
    {
        MeetingSpec.Given(Scheduled).Then(new RespondToInvitation(UnitContact, Now, "m1", InvitationResponse.Attend, null),
            new AttendanceConfirmed("m1", "p-unit1", "p-unit1", Now));
        MeetingSpec.Given(Scheduled).ThenFails(new RespondToInvitation(UnitContact, Now, "m1", InvitationResponse.Leave, ""), ErrorCode.Validation);
        var state = MeetingSpec.Given(Scheduled).Then(new RespondToInvitation(UnitContact, Now, "m1", InvitationResponse.Leave, "外出培训"),
            new LeaveRequested("m1", "p-unit1", "外出培训", "p-unit1", Now));
        Assert.Equal("外出培训", state!.Invitations["p-unit1"].Reason);
    }

    [Fact]
    public void Non_members_cannot_respond_and_nobody_responds_after_the_start()
    {
        MeetingSpec.Given(Scheduled).ThenFails(new RespondToInvitation(OtherUnitContact with { PersonId = "stranger" }, Now, "m1", InvitationResponse.Attend, null), ErrorCode.Forbidden);
        MeetingSpec.Given(Scheduled).ThenFails(new RespondToInvitation(UnitContact, During, "m1", InvitationResponse.Attend, null), ErrorCode.Conflict);
    }

    [Fact]
    public void Self_sign_in_opens_30_minutes_before_and_closes_at_the_end()
    {
        var spec = MeetingSpec.Given(Scheduled);
        spec.ThenFails(new SignIn(UnitContact, Slot.StartsAt.AddMinutes(-31), "m1", "p-unit1"), ErrorCode.Conflict);
        spec.Then(new SignIn(UnitContact, Slot.StartsAt.AddMinutes(-30), "m1", "p-unit1"),
            new MemberSignedIn("m1", "p-unit1", "u1", false, "p-unit1", Slot.StartsAt.AddMinutes(-30)));
        Assert.Single(spec.When(new SignIn(UnitContact, Slot.EndsAt, "m1", "p-unit1")));
        spec.ThenFails(new SignIn(UnitContact, Slot.EndsAt.AddMinutes(1), "m1", "p-unit1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Members_sign_in_only_themselves_secretaries_sign_in_anyone_even_afterwards()
    {
        var spec = MeetingSpec.Given(Scheduled);
        spec.ThenFails(new SignIn(UnitContact, During, "m1", "p-unit2"), ErrorCode.Forbidden);
        spec.Then(new SignIn(CommunitySecretary, Slot.EndsAt.AddDays(1), "m1", "p-unit2"),
            new MemberSignedIn("m1", "p-unit2", "u2", true, "p-comm", Slot.EndsAt.AddDays(1)));
        spec.ThenFails(new SignIn(CommunitySecretary, During, "m1", "nobody"), ErrorCode.NotFound);
    }

    [Fact]
    public void Signing_in_twice_changes_nothing() =>
        Assert.Empty(MeetingSpec.Given(Scheduled, new MemberSignedIn("m1", "p-unit1", "u1", false, "p-unit1", During))
            .When(new SignIn(UnitContact, During, "m1", "p-unit1")));

    [Fact]
    public void Attendance_is_derived_per_unit()
    {
        var meeting = MeetingSpec.Given(
            Scheduled,
            new LeaveRequested("m1", "p-unit2", "出差", "p-unit2", Now),
            new MemberSignedIn("m1", "p-unit1", "u1", false, "p-unit1", During)).State!;
        Assert.Equal([new UnitAttendance("u1", 2, 1, 0), new UnitAttendance("u2", 1, 0, 1)], meeting.AttendanceByUnit());
    }

    [Fact]
    public void Decisions_are_recorded_per_agenda_item_once_the_meeting_has_started()
    {
        var spec = MeetingSpec.Given(Scheduled, ProjectItemAdded);
        spec.ThenFails(new RecordDecision(CommunitySecretary, Now, "m1", "a1", DecisionOutcome.Approved, null), ErrorCode.Conflict);
        spec.ThenFails(new RecordDecision(CommunitySecretary, During, "m1", "zz", DecisionOutcome.Approved, null), ErrorCode.NotFound);
        spec.ThenFails(new RecordDecision(UnitContact, During, "m1", "a1", DecisionOutcome.Approved, null), ErrorCode.Forbidden);
        var state = spec.Then(new RecordDecision(CommunitySecretary, During, "m1", "a1", DecisionOutcome.Approved, "同意立项"),
            new DecisionRecorded("m1", "a1", AgendaItemKind.Project, "pr1", DecisionOutcome.Approved, "同意立项", "p-comm", During));
        Assert.Equal(DecisionOutcome.Approved, state!.Decisions["a1"].Outcome);
    }

    [Fact]
    public void Minutes_are_drafted_and_redrafted_by_secretaries_in_scope()
    {
        var spec = MeetingSpec.Given(Scheduled);
        spec.ThenFails(new DraftMinutes(CommunitySecretary, Now, "m1", "太早"), ErrorCode.Conflict);
        spec.ThenFails(new DraftMinutes(UnitContact, During, "m1", "x"), ErrorCode.Forbidden);
        spec.ThenFails(new DraftMinutes(CommunitySecretary, During, "m1", ""), ErrorCode.Validation);
        spec.Then(new DraftMinutes(CommunitySecretary, During, "m1", Drafted.Text), Drafted);
        var redraft = MeetingSpec.Given(Scheduled, Drafted).Then(new DraftMinutes(StreetSecretary, During, "m1", "修改稿"),
            new MinutesDrafted("m1", "修改稿", "p-street", During));
        Assert.Equal(MinutesStatus.Draft, redraft!.MinutesStatus);
    }

    [Fact]
    public void Only_the_convener_approves_minutes()
    {
        var spec = MeetingSpec.Given(Scheduled, Drafted);
        spec.ThenFails(new ApproveMinutes(StreetSecretary, During, "m1"), ErrorCode.Forbidden);
        spec.ThenFails(new ApproveMinutes(UnitContact, During, "m1"), ErrorCode.Forbidden);
        spec.Then(new ApproveMinutes(CommunitySecretary, During, "m1"), new MinutesApproved("m1", "p-comm", During));
        MeetingSpec.Given(Scheduled).ThenFails(new ApproveMinutes(CommunitySecretary, During, "m1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Approved_minutes_are_immutable_and_freeze_decisions_and_the_agenda()
    {
        var spec = MeetingSpec.Given(Scheduled, ProjectItemAdded, Drafted, new MinutesApproved("m1", "p-comm", During));
        var error = spec.ThenFails(new DraftMinutes(CommunitySecretary, During, "m1", "偷偷改"), ErrorCode.Conflict);
        Assert.Equal("会议纪要已审定，不能修改", error.Message);
        spec.ThenFails(new ApproveMinutes(CommunitySecretary, During, "m1"), ErrorCode.Conflict);
        spec.ThenFails(new RecordDecision(CommunitySecretary, During, "m1", "a1", DecisionOutcome.Rejected, null), ErrorCode.Conflict);
        spec.ThenFails(new RemoveAgendaItem(CommunitySecretary, During, "m1", "a1"), ErrorCode.Conflict);
        spec.ThenFails(new SignIn(CommunitySecretary, During.AddDays(2), "m1", "p-unit2"), ErrorCode.Conflict);
    }

    [Fact]
    public void Minutes_are_published_once_after_approval()
    {
        MeetingSpec.Given(Scheduled, Drafted).ThenFails(new PublishMinutes(CommunitySecretary, During, "m1"), ErrorCode.Conflict);
        var approved = MeetingSpec.Given(Scheduled, Drafted, new MinutesApproved("m1", "p-comm", During));
        approved.ThenFails(new PublishMinutes(UnitContact, During, "m1"), ErrorCode.Forbidden);
        approved.Then(new PublishMinutes(CommunitySecretary, During, "m1"), new MinutesPublished("m1", "p-comm", During));
        MeetingSpec.Given(Scheduled, Drafted, new MinutesApproved("m1", "p-comm", During), new MinutesPublished("m1", "p-comm", During))
            .ThenFails(new PublishMinutes(CommunitySecretary, During, "m1"), ErrorCode.Conflict);
    }

    [Fact]
    public void A_member_of_the_same_unit_is_their_own_person()
    {
        var spec = MeetingSpec.Given(Scheduled);
        Assert.Single(spec.When(new SignIn(UnitMember2, During, "m1", "p-unit1b")));
        spec.ThenFails(new SignIn(UnitMember2, During, "m1", "p-unit1"), ErrorCode.Forbidden);
    }
}
