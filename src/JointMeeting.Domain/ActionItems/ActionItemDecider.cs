using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.ActionItems;

public sealed class ActionItemDecider : IDecider<IActionItemCommand, IActionItemEvent, ActionItem>
{
    public static ActionItem? Initial => null;

    public static IReadOnlyList<IActionItemEvent> Decide(IActionItemCommand command, ActionItem? state)
    {
        if (command is CreateActionItem create) return [Create(create, state)];
        var item = state ?? throw DomainException.NotFound("督办事项");
        var by = command.Actor.PersonId;
        var today = ChinaTime.Today(command.Now);
        switch (command)
        {
            case UpdateActionItemProgress c:
                Demand(ActionItemPolicy.CanWorkOn(c.Actor, item), "只有责任单位、责任人或督办人可以更新进度");
                EnsureOpen(item);
                new Validator()
                    .Require(c.Percent is >= 0 and <= 100, "percent", "进度必须在0到100之间")
                    .NotBlank(c.Note, "note", "进展说明", 1000)
                    .ThrowIfAny();
                return [new ActionItemProgressUpdated(item.Id, c.Percent, c.Note, by, c.Now)];
            case CompleteActionItem c:
                Demand(ActionItemPolicy.CanWorkOn(c.Actor, item), "只有责任单位、责任人或督办人可以办结");
                EnsureOpen(item);
                return [new ActionItemCompleted(item.Id, item.Owner, today > item.DueDate, c.Note, by, c.Now)];
            case DropActionItem c:
                Demand(ActionItemPolicy.CanSupervise(c.Actor, item.CommitteePath));
                EnsureOpen(item);
                new Validator().NotBlank(c.Reason, "reason", "撤销原因", 500).ThrowIfAny();
                return [new ActionItemDropped(item.Id, c.Reason, by, c.Now)];
            case SendActionItemReminder c:
                Demand(ActionItemPolicy.CanRunJobs(c.Actor));
                return item.IsReminderDue(today) ? [new ActionItemReminderSent(item.Id, item.Owner, item.DueDate, by, c.Now)] : [];
            case EscalateOverdueActionItem c:
                Demand(ActionItemPolicy.CanRunJobs(c.Actor));
                return item.IsOverdue(today) && !item.Escalated
                    ? [new ActionItemEscalated(item.Id, item.ConvenerPersonId, today.DayNumber - item.DueDate.DayNumber, by, c.Now)]
                    : [];
            case CarryOverActionItem c:
                Demand(ActionItemPolicy.CanCarryOver(c.Actor, item));
                new Validator().Require(c.TargetMeetingId != item.MeetingId, "targetMeetingId", "不能结转到产生该事项的会议").ThrowIfAny();
                // A finished item or a repeated run has nothing to carry.
                return item.IsOpen && !item.CarriedOverTo.Contains(c.TargetMeetingId)
                    ? [new ActionItemCarriedOver(item.Id, c.TargetMeetingId, by, c.Now)]
                    : [];
            case ReviewActionItem c:
                return [Review(c, item, today)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    private static ActionItemCreated Create(CreateActionItem c, ActionItem? state)
    {
        var decision = c.Decision ?? throw DomainException.NotFound("议定事项");
        Demand(ActionItemPolicy.CanSupervise(c.Actor, decision.CommitteePath));
        if (state is not null) throw DomainException.Conflict("督办事项已存在");
        if (decision.Outcome == DecisionOutcome.Rejected) throw DomainException.Conflict("未通过的议题不产生督办事项");
        new Validator()
            .NotBlank(c.Title, "title", "事项内容", 200)
            .Require(c.Owner is not null && !string.IsNullOrWhiteSpace(c.Owner.Id), "owner", "请指定责任单位或责任人")
            .Require(c.DueDate is not null, "dueDate", "请填写完成时限")
            .Require(c.DueDate is null || c.DueDate >= ChinaTime.Today(c.Now), "dueDate", "完成时限不能早于今天")
            .Require(c.RemindDaysBefore is >= 0 and <= 30, "remindDaysBefore", "提前提醒天数必须在0到30之间")
            .ThrowIfAny();
        var due = c.DueDate!.Value;
        var remindOn = due.AddDays(-c.RemindDaysBefore);
        return new ActionItemCreated(
            c.ActionItemId, decision.MeetingId, decision.AgendaItemId, decision.CommitteePath, decision.ConvenerPersonId, c.Title,
            c.Owner!, due, remindOn, c.Actor.PersonId, c.Now);
    }

    private static ActionItemReviewed Review(ReviewActionItem c, ActionItem item, DateOnly today)
    {
        Demand(ActionItemPolicy.CanSupervise(c.Actor, item.CommitteePath));
        if (item.Review is not null) throw DomainException.Conflict("该事项已评议");
        new Validator().Require(c.Satisfaction is >= 1 and <= 5, "satisfaction", "满意度必须在1到5之间").ThrowIfAny();
        var outcome = item.Status switch
        {
            ActionItemStatus.Completed => item.CompletedLate ? ReviewOutcome.Late : ReviewOutcome.Done,
            ActionItemStatus.Dropped => ReviewOutcome.Dropped,
            _ when item.IsOverdue(today) => ReviewOutcome.Late,
            _ => throw DomainException.Conflict("事项尚在办理期限内，暂不评议"),
        };
        return new ActionItemReviewed(item.Id, c.ReviewMeetingId, outcome, c.Satisfaction, c.Note, c.Actor.PersonId, c.Now);
    }

    private static void EnsureOpen(ActionItem item)
    {
        if (!item.IsOpen) throw DomainException.Conflict(item.Status == ActionItemStatus.Completed ? "事项已办结" : "事项已撤销");
    }

    public static ActionItem? Evolve(ActionItem? state, IActionItemEvent @event) => @event switch
    {
        ActionItemCreated e => new ActionItem(
            e.ActionItemId, e.MeetingId, e.AgendaItemId, e.CommitteePath, e.ConvenerPersonId, e.Title, e.Owner, e.DueDate, e.RemindOn,
            ActionItemStatus.Open, 0, false, false, false, [], null),
        ActionItemProgressUpdated e => state! with { Percent = e.Percent },
        ActionItemCompleted e => state! with { Status = ActionItemStatus.Completed, Percent = 100, CompletedLate = e.Late },
        ActionItemDropped => state! with { Status = ActionItemStatus.Dropped },
        ActionItemReminderSent => state! with { ReminderSent = true },
        ActionItemEscalated => state! with { Escalated = true },
        ActionItemCarriedOver e => state! with { CarriedOverTo = [.. state.CarriedOverTo, e.TargetMeetingId] },
        ActionItemReviewed e => state! with { Review = e.Outcome },
        _ => state,
    };
}
