using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.ActionItems;

/// <summary>OwnerKind + OwnerId may be left out: the domain then says "请指定责任单位或责任人" (VALIDATION on owner).</summary>
public sealed record CreateActionItemInput(
    string MeetingId, string AgendaItemId, string Title, OwnerKind? OwnerKind, string? OwnerId, DateOnly? DueDate, int? RemindDaysBefore,
    long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ActionItemProgressInput(string ActionItemId, int Percent, string Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>completeActionItem (note), dropActionItem (reason).</summary>
public sealed record ActionItemActionInput(string ActionItemId, string? Note, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ReviewActionItemInput(
    string ActionItemId, string ReviewMeetingId, int Satisfaction, string? Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>督办事项 mutations: created from a meeting decision (议定事项), worked on by the owner, reviewed at the next meeting.</summary>
public sealed class ActionItemService(CommandExecutor executor, ActionItemBoard board, MeetingBoard meetings, CycleFacts facts, IPeopleDirectory people)
{
    public async Task<ActionItemView> CreateAsync(CycleWrite w, CreateActionItemInput input, CancellationToken ct)
    {
        var meeting = (await meetings.GetAsync(input.MeetingId, ct)).State;
        var decision = meeting.Decisions.GetValueOrDefault(input.AgendaItemId) is { } d
            ? new DecisionFacts(meeting.Id, d.AgendaItemId, d.Outcome, meeting.Committee.Path, meeting.ConvenerPersonId)
            : null;
        var owner = await OwnerAsync(meeting, input.OwnerKind, input.OwnerId, ct);
        var index = (await board.OfMeetingAsync(meeting.Id, ct)).Count(i => i.State.AgendaItemId == input.AgendaItemId) + 1;
        var id = ActionItem.IdFromDecision(meeting.Id, input.AgendaItemId, index);
        return await RunAsync(w, id, new CreateActionItem(w.Actor, w.Now, id, decision, input.Title?.Trim() ?? "", owner, input.DueDate,
            input.RemindDaysBefore ?? 3), ct);
    }

    public Task<ActionItemView> UpdateProgressAsync(CycleWrite w, ActionItemProgressInput input, CancellationToken ct) =>
        RunAsync(w, input.ActionItemId, new UpdateActionItemProgress(w.Actor, w.Now, input.ActionItemId, input.Percent, input.Note), ct);

    public Task<ActionItemView> CompleteAsync(CycleWrite w, ActionItemActionInput input, CancellationToken ct) =>
        RunAsync(w, input.ActionItemId, new CompleteActionItem(w.Actor, w.Now, input.ActionItemId, input.Note), ct);

    public Task<ActionItemView> DropAsync(CycleWrite w, ActionItemActionInput input, CancellationToken ct) =>
        RunAsync(w, input.ActionItemId, new DropActionItem(w.Actor, w.Now, input.ActionItemId, input.Reason ?? ""), ct);

    public Task<ActionItemView> ReviewAsync(CycleWrite w, ReviewActionItemInput input, CancellationToken ct) =>
        RunAsync(w, input.ActionItemId,
            new ReviewActionItem(w.Actor, w.Now, input.ActionItemId, input.ReviewMeetingId, input.Satisfaction, input.Note), ct);

    private async Task<ActionOwner?> OwnerAsync(Domain.Meetings.Meeting meeting, OwnerKind? kind, string? id, CancellationToken ct)
    {
        if (kind is null || string.IsNullOrWhiteSpace(id)) return null;
        if (kind == OwnerKind.Unit)
        {
            var unit = await facts.FindAsync(id, ct) ?? throw DomainException.Invalid("owner", "责任单位不存在");
            return new ActionOwner(OwnerKind.Unit, id, unit.Name);
        }
        var name = meeting.MemberOf(id)?.Name ?? (await people.FindAsync(id, ct))?.DisplayName
                   ?? throw DomainException.Invalid("owner", "责任人不存在");
        return new ActionOwner(OwnerKind.Person, id, name);
    }

    private async Task<ActionItemView> RunAsync(CycleWrite w, string id, IActionItemCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(ActionItemAggregates.Items, id, command, w.Options, ct);
        return await board.GetAsync(id, ct);
    }
}
