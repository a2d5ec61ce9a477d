using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// 召集 by the cadence: for every committee without an upcoming meeting, plan the next one (CadencePlanner, off
/// weekends, holidays and the committee's skipped dates) and schedule it as the system under an id derived from
/// (committee, period). Two nodes doing this at once write to the same stream: one appends, the other's retry
/// finds the meeting and the domain answers with no event, so it is created once and invited once.
/// </summary>
public sealed class CadencePlanning(
    CommandExecutor executor, MeetingBoard meetings, CommitteeLookup committees, MeetingMail mail, ActionItemSupervision supervision,
    IOptionsMonitor<MeetingsOptions> options, ILogger<CadencePlanning> logger)
{
    /// <summary>Returns the ids of meetings this call created.</summary>
    public async Task<IReadOnlyList<string>> PlanAllAsync(DateTimeOffset now, CancellationToken ct)
    {
        var created = new List<string>();
        foreach (var indexed in await meetings.CommitteesAsync(ct))
        {
            try
            {
                if (await PlanAsync(indexed.Id, now, ct) is { } id) created.Add(id);
            }
            catch (DomainException e)
            {
                logger.LogWarning("Cadence: committee {Committee} not planned: {Reason}", indexed.Id, e.Message);
            }
        }
        return created;
    }

    public async Task<string?> PlanAsync(string committeeId, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var standing = (await meetings.ListAsync(committeeId, ct)).Where(m => !m.State.IsCancelled).ToList();
        if (standing.Any(m => m.State.Slot.StartsAt > now)) return null; // the next meeting exists
        var committee = await committees.GetAsync(committeeId, ct);
        var today = ChinaTime.Today(now);
        var last = standing.Select(m => ChinaTime.Today(m.State.Slot.StartsAt)).DefaultIfEmpty(today).Max();
        var planned = committee.NextMeeting(last > today ? last : today, settings.Calendar());
        var duration = TimeSpan.FromMinutes(settings.DefaultDurationMinutes);
        var slot = CadencePlanner.SlotOn(planned.Date, settings.Start(), duration);
        if (standing.Any(m => m.State.PeriodKey == planned.PeriodKey) || slot.StartsAt <= now)
        {
            planned = committee.NextMeeting(planned.Date, settings.Calendar());
            slot = CadencePlanner.SlotOn(planned.Date, settings.Start(), duration);
        }
        var id = CadencePlanner.MeetingIdFor(committee.Id, planned.PeriodKey);
        var cycle = standing.Select(m => m.State.CycleNumber).DefaultIfEmpty(0).Max() + 1;
        var command = new ScheduleMeeting(Actor.System, now, id, await committees.FactsAsync(committee, ct), cycle, planned.PeriodKey,
            $"{committee.Name}{PeriodKeys.Label(planned.PeriodKey)}联席会议", slot, settings.DefaultPlace,
            standing.Select(m => m.State.Slot).ToList());
        var done = await executor.ExecuteAsync(MeetingAggregates.Meetings, id, command,
            new WriteOptions(Actor: Actor.System, AfterEvents: mail.Invitations(committee)), ct);
        if (done.EventCount == 0) return null;
        logger.LogInformation("Cadence: scheduled {Meeting} for committee {Committee} on {Date}", id, committee.Id, planned.Date);
        await supervision.CarryOverToAsync(committee.Id, id, now, ct);
        return id;
    }
}
