using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Meetings;

/// <summary>Agenda items are local to their meeting in the seeds; a carried-over item the reaction already added keeps its id.</summary>
public static class SeedAgenda
{
    public static string Id(SeedContext context, string meetingId, string localItem) =>
        context.Items.TryGetValue($"meetings.agenda:{meetingId}:{localItem}", out var mapped) ? (string)mapped : localItem;
}

/// <summary>
/// shijing-dgw.json, jinbi-lhdw.json → ScheduleMeeting (committee facts as the committee stands, period from its cadence)
/// and the meeting's steps. No mail: the demo's history is not sent again at every load.
/// </summary>
public sealed class MeetingSeedSteps(CommandExecutor executor, CommitteeLookup committees) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["ScheduleMeeting", "RescheduleMeeting", "CancelMeeting", "AddAgendaItem", "RemoveAgendaItem", "RespondToInvitation", "SignIn",
         "RecordDecision", "DraftMinutes", "ApproveMinutes", "PublishMinutes"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        TimeSlot Slot() => new(context.Time(s.Required("startsAt")), context.Time(s.Required("endsAt")));
        IMeetingCommand? command;
        switch (s.Do)
        {
            case "ScheduleMeeting":
                var committee = await committees.GetAsync(context.Id(s.Required("committee")), ct);
                var slot = Slot();
                command = new ScheduleMeeting(actor, s.At, id, await committees.FactsAsync(committee, ct), s.Int("cycleNumber") ?? 1,
                    PeriodKeys.For(committee.Cadence, ChinaTime.Today(slot.StartsAt)), s.Required("title"), slot, s.Required("place"),
                    await committees.OtherSlotsAsync(committee.Id, id, ct));
                break;
            case "AddAgendaItem":
                command = await AgendaItemAsync(actor, s, context, id, ct);
                break;
            case "RescheduleMeeting":
                command = new RescheduleMeeting(actor, s.At, id, Slot(), s.Required("place"),
                    await committees.OtherSlotsAsync((await executor.LoadAsync(MeetingAggregates.Meetings, id, ct)).State!.Committee.CommitteeId, id, ct),
                    s.Str("reason"));
                break;
            default:
                command = s.Do switch
                {
                    "CancelMeeting" => new CancelMeeting(actor, s.At, id, s.Required("reason")),
                    "RemoveAgendaItem" => new RemoveAgendaItem(actor, s.At, id, SeedAgenda.Id(context, id, s.Required("item"))),
                    "RespondToInvitation" => new RespondToInvitation(actor, s.At, id, s.As<InvitationResponse>("response"), s.Str("reason")),
                    "SignIn" => new SignIn(actor, s.At, id, context.PersonId(s.Required("person"))),
                    "RecordDecision" => new RecordDecision(actor, s.At, id, SeedAgenda.Id(context, id, s.Required("agendaItem")),
                        s.As<DecisionOutcome>("outcome"), s.Str("note")),
                    "DraftMinutes" => new DraftMinutes(actor, s.At, id, s.Required("text")),
                    "ApproveMinutes" => new ApproveMinutes(actor, s.At, id),
                    _ => new PublishMinutes(actor, s.At, id),
                };
                break;
        }
        if (command is not null) await executor.ExecuteAsync(MeetingAggregates.Meetings, id, command, new WriteOptions(Actor: actor), ct);
    }

    /// <summary>
    /// A carried-over item the server's reaction already put on the agenda (or puts there while this runs) is remembered
    /// under its seed id instead of being added twice.
    /// </summary>
    private async Task<IMeetingCommand?> AgendaItemAsync(Actor actor, SeedStep s, SeedContext context, string meetingId, CancellationToken ct)
    {
        var kind = s.As<AgendaItemKind>("kind");
        var refId = s.Str("ref") is { } r ? context.Id(r) : null;
        var local = s.Required("item");
        async Task<bool> AlreadyThereAsync()
        {
            var existing = (await executor.LoadAsync(MeetingAggregates.Meetings, meetingId, ct)).State?.Agenda.FirstOrDefault(a => a.Kind == kind && a.RefId == refId);
            if (existing is null || kind != AgendaItemKind.CarriedOverActionItem) return false;
            context.Items[$"meetings.agenda:{meetingId}:{local}"] = existing.AgendaItemId;
            return true;
        }
        if (await AlreadyThereAsync()) return null;
        try
        {
            await executor.ExecuteAsync(MeetingAggregates.Meetings, meetingId,
                new AddAgendaItem(actor, s.At, meetingId, new AgendaItem(local, kind, s.Required("title"), refId, s.Str("description"))),
                new WriteOptions(Actor: actor), ct);
        }
        catch (DomainException)
        {
            if (!await AlreadyThereAsync()) throw;
        }
        return null;
    }
}
