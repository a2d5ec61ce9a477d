using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Meetings;

public sealed record ScheduleMeetingInput(
    string CommitteeId, string? Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, int? CycleNumber,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record RescheduleMeetingInput(
    string MeetingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, string? Reason,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>cancelMeeting (reason), approveMinutes, publishMinutes (meetingId only).</summary>
public sealed record MeetingActionInput(string MeetingId, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record AddAgendaItemInput(
    string MeetingId, AgendaItemKind Kind, string Title, string? RefId, string? Description,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record RemoveAgendaItemInput(string MeetingId, string AgendaItemId, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record RespondToInvitationInput(
    string MeetingId, InvitationResponse Response, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>PersonId omitted: the signed-in person signs themself in.</summary>
public sealed record SignInInput(string MeetingId, string? PersonId, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record RecordDecisionInput(
    string MeetingId, string AgendaItemId, DecisionOutcome Outcome, string? Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record DraftMinutesInput(string MeetingId, string Text, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;
