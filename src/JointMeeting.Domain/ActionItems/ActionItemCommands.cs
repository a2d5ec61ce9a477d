using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.ActionItems;

public interface IActionItemCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string ActionItemId { get; }
}

public enum OwnerKind { Unit, Person }

/// <summary>责任单位或责任人.</summary>
public sealed record ActionOwner(OwnerKind Kind, string Id, string Name);

/// <summary>Facts from the meeting the server loads: the decision (议定事项) the item comes from and who convenes.</summary>
public sealed record DecisionFacts(
    string MeetingId, string AgendaItemId, DecisionOutcome Outcome, OrgPath CommitteePath, string ConvenerPersonId);

/// <summary>Owner and due date are nullable here so a missing one is a VALIDATION error naming the field.</summary>
public sealed record CreateActionItem(
    Actor Actor, DateTimeOffset Now, string ActionItemId, DecisionFacts? Decision, string Title, ActionOwner? Owner, DateOnly? DueDate,
    int RemindDaysBefore = 3) : IActionItemCommand;

public sealed record UpdateActionItemProgress(Actor Actor, DateTimeOffset Now, string ActionItemId, int Percent, string Note) : IActionItemCommand;

public sealed record CompleteActionItem(Actor Actor, DateTimeOffset Now, string ActionItemId, string? Note) : IActionItemCommand;

public sealed record DropActionItem(Actor Actor, DateTimeOffset Now, string ActionItemId, string Reason) : IActionItemCommand;

/// <summary>System job: remind the owner once, from RemindOn until due; a no-op otherwise.</summary>
public sealed record SendActionItemReminder(Actor Actor, DateTimeOffset Now, string ActionItemId) : IActionItemCommand;

/// <summary>System job: escalate an overdue item to the convener once; a no-op otherwise.</summary>
public sealed record EscalateOverdueActionItem(Actor Actor, DateTimeOffset Now, string ActionItemId) : IActionItemCommand;

/// <summary>System job (or a secretary): put an unfinished item on the next meeting's agenda; once per target meeting.</summary>
public sealed record CarryOverActionItem(Actor Actor, DateTimeOffset Now, string ActionItemId, string TargetMeetingId) : IActionItemCommand;

/// <summary>评议 at the next meeting: outcome follows from the item's state, satisfaction 1–5 is the residents' view.</summary>
public sealed record ReviewActionItem(Actor Actor, DateTimeOffset Now, string ActionItemId, string ReviewMeetingId, int Satisfaction, string? Note)
    : IActionItemCommand;
