using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Email;

namespace JointMeeting.Server.ActionItems;

/// <summary>
/// "一月一推进": what the supervision job does, as the system. Reminders before due and escalation of overdue items
/// (each once: the domain answers a repeat with no event), and carry-over of unfinished items to the committee's
/// next meeting (the reaction to ActionItemCarriedOver puts them on its agenda).
/// </summary>
public sealed class ActionItemSupervision(
    CommandExecutor executor, ActionItemBoard items, MeetingBoard meetings, CommitteeLookup committees, IPeopleDirectory people,
    IMailOutbox outbox, MeetingMail mail, ILogger<ActionItemSupervision> logger)
{
    public async Task<int> CheckDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var written = 0;
        foreach (var item in await items.DueForCheckAsync(ChinaTime.Today(now), ct))
        {
            var a = item.State;
            written += await RunAsync(a.Id, new SendActionItemReminder(Actor.System, now, a.Id), await OwnerEmailsAsync(a.Owner, ct),
                e => e is ActionItemReminderSent, email => MeetingMail.Compose(email, $"督办提醒：{a.Title}",
                    $"您好：\n\n督办事项「{a.Title}」（责任：{a.Owner.Name}）将于 {a.DueDate:yyyy年M月d日} 到期，当前进度 {a.Percent}%。\n请按时办结并及时更新进展。\n\n查看：{mail.Link($"/action-items/{a.Id}")}"),
                "action-item-reminder", ct);
            written += await RunAsync(a.Id, new EscalateOverdueActionItem(Actor.System, now, a.Id), await ConvenerEmailsAsync(item, ct),
                e => e is ActionItemEscalated, email => MeetingMail.Compose(email, $"逾期督办：{a.Title}",
                    $"您好：\n\n督办事项「{a.Title}」（责任：{a.Owner.Name}）已于 {a.DueDate:yyyy年M月d日} 到期仍未办结，当前进度 {a.Percent}%，现提请召集人督办。\n未办结事项将自动列入下次联席会议议程。\n\n查看：{mail.Link($"/action-items/{a.Id}")}"),
                "action-item-escalation", ct);
        }
        return written;
    }

    /// <summary>Every committee's unfinished items onto its next meeting (not started, not cancelled).</summary>
    public async Task<int> CarryOverAllAsync(DateTimeOffset now, CancellationToken ct)
    {
        var written = 0;
        foreach (var committee in await meetings.CommitteesAsync(ct))
            if (await meetings.NextOfCommitteeAsync(committee.Id, now, ct) is { } next)
                written += await CarryOverToAsync(committee.Id, next.Id, now, ct);
        return written;
    }

    public async Task<int> CarryOverToAsync(string committeeId, string meetingId, DateTimeOffset now, CancellationToken ct)
    {
        var written = 0;
        foreach (var item in await items.OpenOfCommitteeAsync(committeeId, meetingId, ct))
        {
            if (item.State.CarriedOverTo.Contains(meetingId)) continue;
            try
            {
                var done = await executor.ExecuteAsync(ActionItemAggregates.Items, item.Id,
                    new CarryOverActionItem(Actor.System, now, item.Id, meetingId), new WriteOptions(Actor: Actor.System), ct);
                written += done.EventCount;
            }
            catch (DomainException e)
            {
                logger.LogInformation("Carry-over of {Item} to {Meeting} skipped: {Reason}", item.Id, meetingId, e.Message);
            }
        }
        return written;
    }

    private async Task<int> RunAsync(string id, IActionItemCommand command, IReadOnlyList<string> emails, Func<object, bool> sends,
        Func<string, MailMessage> compose, string dedupe, CancellationToken ct)
    {
        var done = await executor.ExecuteAsync(ActionItemAggregates.Items, id, command, new WriteOptions(Actor: Actor.System,
            AfterEvents: async (ctx, token) =>
            {
                if (!ctx.Events.Any(e => sends(e.Data))) return;
                foreach (var email in emails)
                    await outbox.EnqueueAsync(ctx.Connection, ctx.Transaction, compose(email) with { DedupeKey = $"{dedupe}:{id}:{email}" }, token);
            }), ct);
        return done.EventCount;
    }

    private async Task<IReadOnlyList<string>> OwnerEmailsAsync(ActionOwner owner, CancellationToken ct)
    {
        if (owner.Kind == OwnerKind.Unit)
            return (await people.ContactsOfUnitAsync(owner.Id, ct)).Select(c => c.Email).OfType<string>().Distinct().ToList();
        return (await people.FindAsync(owner.Id, ct))?.Email is { } email ? [email] : [];
    }

    private async Task<IReadOnlyList<string>> ConvenerEmailsAsync(ActionItemView item, CancellationToken ct)
    {
        if ((await people.FindAsync(item.State.ConvenerPersonId, ct))?.Email is { } email) return [email];
        var committee = await committees.GetAsync(item.CommitteeId, ct);
        return committee.MemberOf(item.State.ConvenerPersonId)?.Seat.Email is { } seat ? [seat] : [];
    }
}
