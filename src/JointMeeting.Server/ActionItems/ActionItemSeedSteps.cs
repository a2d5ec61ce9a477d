using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.ActionItems;

/// <summary>action-items.json → CreateActionItem (decision facts from the meeting) and the item's life, jobs replayed as the system.</summary>
public sealed class ActionItemSeedSteps(CommandExecutor executor, CycleFacts facts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["CreateActionItem", "UpdateActionItemProgress", "CompleteActionItem", "DropActionItem", "SendActionItemReminder",
         "EscalateOverdueActionItem", "CarryOverActionItem", "ReviewActionItem"];

    private sealed record SeedOwner(OwnerKind Kind, string Ref);

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        IActionItemCommand command = s.Do switch
        {
            "CreateActionItem" => await CreateAsync(actor, s, context, id, ct),
            "UpdateActionItemProgress" => new UpdateActionItemProgress(actor, s.At, id, s.Int("percent") ?? 0, s.Str("note") ?? "进展更新"),
            "CompleteActionItem" => new CompleteActionItem(actor, s.At, id, s.Str("note")),
            "DropActionItem" => new DropActionItem(actor, s.At, id, s.Required("reason")),
            "SendActionItemReminder" => new SendActionItemReminder(actor, s.At, id),
            "EscalateOverdueActionItem" => new EscalateOverdueActionItem(actor, s.At, id),
            "CarryOverActionItem" => new CarryOverActionItem(actor, s.At, id, context.Id(s.Required("targetMeeting"))),
            _ => new ReviewActionItem(actor, s.At, id, context.Id(s.Required("reviewMeeting")), s.Int("satisfaction") ?? 3, s.Str("note")),
        };
        await executor.ExecuteAsync(ActionItemAggregates.Items, id, command, new WriteOptions(Actor: actor), ct);
    }

    private async Task<CreateActionItem> CreateAsync(Actor actor, SeedStep s, SeedContext context, string id, CancellationToken ct)
    {
        var meetingId = context.Id(s.Required("meeting"));
        var meeting = (await executor.LoadAsync(MeetingAggregates.Meetings, meetingId, ct)).State ?? throw DomainException.NotFound("会议");
        var itemId = SeedAgenda.Id(context, meetingId, s.Required("agendaItem"));
        var decision = meeting.Decisions.GetValueOrDefault(itemId) is { } d
            ? new DecisionFacts(meetingId, itemId, d.Outcome, meeting.Committee.Path, meeting.ConvenerPersonId) : null;
        var owner = s.As<SeedOwner>("owner")!;
        var name = owner.Kind == OwnerKind.Unit
            ? (await facts.FindAsync(context.Id(owner.Ref), ct))?.Name ?? owner.Ref
            : context.Record(owner.Ref).GetProperty("displayName").GetString()!;
        var ownerId = owner.Kind == OwnerKind.Unit ? context.Id(owner.Ref) : context.PersonId(owner.Ref);
        return new CreateActionItem(actor, s.At, id, decision, s.Required("title"), new ActionOwner(owner.Kind, ownerId, name),
            context.Date(s.Required("dueDate")), s.Int("remindDaysBefore") ?? 3);
    }
}
