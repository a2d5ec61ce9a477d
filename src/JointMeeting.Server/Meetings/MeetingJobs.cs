using JointMeeting.Domain.Common;
using JointMeeting.Server.ActionItems;
using Microsoft.Extensions.Options;
using Quartz;

namespace JointMeeting.Server.Meetings;

/// <summary>Plans each committee's next meeting from its cadence (clustered: fires on one node; the stream id makes a repeat a no-op).</summary>
[DisallowConcurrentExecution]
public sealed class CadenceJob(CadencePlanning planning, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("meetings.cadence");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => context.Result = (await planning.PlanAllAsync(clock.GetUtcNow(), ct)).Count;
}

/// <summary>Reminds members N days before a meeting (Meetings:ReminderDays, default 3 and 1); the outbox key sends each once.</summary>
[DisallowConcurrentExecution]
public sealed class MeetingReminderJob(MeetingReminders reminders, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("meetings.reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => context.Result = await reminders.SendDueAsync(clock.GetUtcNow(), ct);
}

/// <summary>督办: reminders before due, escalation of overdue items, carry-over to the next meeting, figures refreshed for today.</summary>
[DisallowConcurrentExecution]
public sealed class SupervisionJob(ActionItemSupervision supervision, CycleFiguresBoard figures, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("action-items.supervision");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        context.Result = await supervision.CheckDueAsync(now, ct) + await supervision.CarryOverAllAsync(now, ct);
        await figures.RefreshAllAsync(ct);
    }
}

public sealed class MeetingReminders(MeetingBoard meetings, CommitteeLookup committees, MeetingMail mail, IOptionsMonitor<MeetingsOptions> options)
{
    /// <summary>For each lead d: meetings on the China date today + d get one reminder per member with an email.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var sent = 0;
        var today = ChinaTime.Today(now);
        foreach (var days in options.CurrentValue.EffectiveReminderDays)
        {
            var day = ChinaTime.StartOf(today.AddDays(days));
            foreach (var meeting in await meetings.StartingBetweenAsync(day, day.AddDays(1), ct))
            {
                var committee = await committees.GetAsync(meeting.State.Committee.CommitteeId, ct);
                foreach (var seat in committee.Invitees.Where(s => meeting.State.MemberOf(s.PersonId) is not null))
                {
                    await mail.RemindAsync(meeting.State, seat, days, ct);
                    sent++;
                }
            }
        }
        return sent;
    }
}
