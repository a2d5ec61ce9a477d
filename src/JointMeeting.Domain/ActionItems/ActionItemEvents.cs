using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.ActionItems;

public interface IActionItemEvent
{
    string ActionItemId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

public enum ReviewOutcome { Done, Late, Dropped }

public sealed record ActionItemCreated(
    string ActionItemId, string MeetingId, string AgendaItemId, OrgPath CommitteePath, string ConvenerPersonId, string Title,
    ActionOwner Owner, DateOnly DueDate, DateOnly RemindOn, string By, DateTimeOffset At) : IActionItemEvent;

public sealed record ActionItemProgressUpdated(string ActionItemId, int Percent, string Note, string By, DateTimeOffset At) : IActionItemEvent;

/// <summary>Owner copied in so points and figures need no lookup; Late when finished after the due date.</summary>
public sealed record ActionItemCompleted(string ActionItemId, ActionOwner Owner, bool Late, string? Note, string By, DateTimeOffset At)
    : IActionItemEvent;

public sealed record ActionItemDropped(string ActionItemId, string Reason, string By, DateTimeOffset At) : IActionItemEvent;

public sealed record ActionItemReminderSent(string ActionItemId, ActionOwner Owner, DateOnly DueDate, string By, DateTimeOffset At)
    : IActionItemEvent;

public sealed record ActionItemEscalated(string ActionItemId, string ConvenerPersonId, int DaysOverdue, string By, DateTimeOffset At)
    : IActionItemEvent;

public sealed record ActionItemCarriedOver(string ActionItemId, string TargetMeetingId, string By, DateTimeOffset At) : IActionItemEvent;

public sealed record ActionItemReviewed(
    string ActionItemId, string ReviewMeetingId, ReviewOutcome Outcome, int Satisfaction, string? Note, string By, DateTimeOffset At)
    : IActionItemEvent;

public static class ActionItemEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(ActionItemCreated), "action-item.created"),
        (typeof(ActionItemProgressUpdated), "action-item.progress-updated"),
        (typeof(ActionItemCompleted), "action-item.completed"),
        (typeof(ActionItemDropped), "action-item.dropped"),
        (typeof(ActionItemReminderSent), "action-item.reminder-sent"),
        (typeof(ActionItemEscalated), "action-item.escalated"),
        (typeof(ActionItemCarriedOver), "action-item.carried-over"),
        (typeof(ActionItemReviewed), "action-item.reviewed"),
    ];
}
