using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.ActionItems;

public enum ActionItemStatus { Open, Completed, Dropped }

/// <summary>督办事项: from a meeting decision, with an owner and a due date, supervised until reviewed.</summary>
public sealed record ActionItem(
    string Id, string MeetingId, string AgendaItemId, OrgPath CommitteePath, string ConvenerPersonId, string Title,
    ActionOwner Owner, DateOnly DueDate, DateOnly RemindOn, ActionItemStatus Status, int Percent, bool CompletedLate,
    bool ReminderSent, bool Escalated, IReadOnlyList<string> CarriedOverTo, ReviewOutcome? Review)
{
    public static string StreamId(string actionItemId) => $"action-item-{actionItemId}";

    /// <summary>One item per decision line; derived so re-running "create items from minutes" cannot duplicate.</summary>
    public static string IdFromDecision(string meetingId, string agendaItemId, int index) => $"{meetingId}.{agendaItemId}.{index}";

    /// <summary>The agenda item the carry-over adds to the next meeting; its id is derived so a repeated run adds nothing.</summary>
    public AgendaItem ToCarriedOverAgendaItem() =>
        new($"carry-{Id}", AgendaItemKind.CarriedOverActionItem, Title, Id, $"责任：{Owner.Name}；时限：{DueDate:yyyy-MM-dd}；进度：{Percent}%");

    public bool IsOpen => Status == ActionItemStatus.Open;

    public bool IsOverdue(DateOnly today) => IsOpen && today > DueDate;

    public bool IsReminderDue(DateOnly today) => IsOpen && !ReminderSent && today >= RemindOn && today <= DueDate;

    /// <summary>When the scheduler should look at this item next (reminder, then escalation), or null when nothing is left.</summary>
    public DateOnly? NextCheckOn =>
        !IsOpen || Escalated ? null
        : !ReminderSent ? RemindOn
        : DueDate.AddDays(1);
}
