using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

public interface IMeetingCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string MeetingId { get; }
}

/// <summary>
/// <paramref name="OtherMeetings"/>: slots of the committee's other (not cancelled) meetings, from the read model.
/// <paramref name="PeriodKey"/>: set when created from the cadence ("2026-Q4"); the id is then derived from it.
/// </summary>
public sealed record ScheduleMeeting(
    Actor Actor, DateTimeOffset Now, string MeetingId, CommitteeFacts Committee, int CycleNumber, string? PeriodKey,
    string Title, TimeSlot Slot, string Place, IReadOnlyList<TimeSlot> OtherMeetings) : IMeetingCommand;

public sealed record RescheduleMeeting(
    Actor Actor, DateTimeOffset Now, string MeetingId, TimeSlot Slot, string Place, IReadOnlyList<TimeSlot> OtherMeetings, string? Reason)
    : IMeetingCommand;

public sealed record CancelMeeting(Actor Actor, DateTimeOffset Now, string MeetingId, string Reason) : IMeetingCommand;

/// <summary>Also sent by the system when an action item is carried over (then idempotent per agenda item id).</summary>
public sealed record AddAgendaItem(Actor Actor, DateTimeOffset Now, string MeetingId, AgendaItem Item) : IMeetingCommand;

public sealed record RemoveAgendaItem(Actor Actor, DateTimeOffset Now, string MeetingId, string AgendaItemId) : IMeetingCommand;

/// <summary>The signed-in member answers their own invitation; a leave request needs a reason.</summary>
public sealed record RespondToInvitation(Actor Actor, DateTimeOffset Now, string MeetingId, InvitationResponse Response, string? Reason)
    : IMeetingCommand;

/// <summary>Self sign-in inside the window, or a secretary signs a member in.</summary>
public sealed record SignIn(Actor Actor, DateTimeOffset Now, string MeetingId, string PersonId) : IMeetingCommand;

public sealed record RecordDecision(
    Actor Actor, DateTimeOffset Now, string MeetingId, string AgendaItemId, DecisionOutcome Outcome, string? Note) : IMeetingCommand;

public sealed record DraftMinutes(Actor Actor, DateTimeOffset Now, string MeetingId, string Text) : IMeetingCommand;

public sealed record ApproveMinutes(Actor Actor, DateTimeOffset Now, string MeetingId) : IMeetingCommand;

public sealed record PublishMinutes(Actor Actor, DateTimeOffset Now, string MeetingId) : IMeetingCommand;
