using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

public interface IMeetingEvent
{
    string MeetingId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

/// <summary>Carries the committee as invited (members, convener) so the meeting never needs a lookup later.</summary>
public sealed record MeetingScheduled(
    string MeetingId, CommitteeFacts Committee, int CycleNumber, string? PeriodKey, string Title, TimeSlot Slot, string Place,
    string By, DateTimeOffset At) : IMeetingEvent;

/// <summary><paramref name="Sequence"/>: the iCalendar SEQUENCE after this change.</summary>
public sealed record MeetingRescheduled(string MeetingId, TimeSlot Slot, string Place, int Sequence, string? Reason, string By, DateTimeOffset At)
    : IMeetingEvent;

public sealed record MeetingCancelled(string MeetingId, string Reason, int Sequence, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record AgendaItemAdded(string MeetingId, AgendaItem Item, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record AgendaItemRemoved(string MeetingId, string AgendaItemId, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record AttendanceConfirmed(string MeetingId, string PersonId, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record LeaveRequested(string MeetingId, string PersonId, string Reason, string By, DateTimeOffset At) : IMeetingEvent;

/// <summary>UnitId copied from the member list so attendance per unit and unit points need no lookup.</summary>
public sealed record MemberSignedIn(string MeetingId, string PersonId, string? UnitId, bool BySecretary, string By, DateTimeOffset At)
    : IMeetingEvent;

/// <summary>Kind and RefId copied from the agenda so projects and action items can react to the decision.</summary>
public sealed record DecisionRecorded(
    string MeetingId, string AgendaItemId, AgendaItemKind Kind, string? RefId, DecisionOutcome Outcome, string? Note,
    string By, DateTimeOffset At) : IMeetingEvent;

public sealed record MinutesDrafted(string MeetingId, string Text, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record MinutesApproved(string MeetingId, string By, DateTimeOffset At) : IMeetingEvent;

public sealed record MinutesPublished(string MeetingId, string By, DateTimeOffset At) : IMeetingEvent;

public static class MeetingEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(MeetingScheduled), "meeting.scheduled"),
        (typeof(MeetingRescheduled), "meeting.rescheduled"),
        (typeof(MeetingCancelled), "meeting.cancelled"),
        (typeof(AgendaItemAdded), "meeting.agenda-item-added"),
        (typeof(AgendaItemRemoved), "meeting.agenda-item-removed"),
        (typeof(AttendanceConfirmed), "meeting.attendance-confirmed"),
        (typeof(LeaveRequested), "meeting.leave-requested"),
        (typeof(MemberSignedIn), "meeting.member-signed-in"),
        (typeof(DecisionRecorded), "meeting.decision-recorded"),
        (typeof(MinutesDrafted), "meeting.minutes-drafted"),
        (typeof(MinutesApproved), "meeting.minutes-approved"),
        (typeof(MinutesPublished), "meeting.minutes-published"),
    ];
}
