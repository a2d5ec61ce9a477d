using JointMeeting.EventStore;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Agreements;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Needs;
using JointMeeting.Server.Platform;
using JointMeeting.Server.Platform.Live;
using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Projects;
using JointMeeting.Server.Resources;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// The joint-meeting cycle (一书三单): needs, resources, projects, agreements, meetings and action items share their
/// facts, figures, reactions and notices, so they are registered together here.
/// </summary>
public sealed class MeetingsFeature : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MeetingsOptions>().BindConfiguration(MeetingsOptions.Section);
        services.AddSingleton<CycleFacts>();

        // Inline read models (order matters for action items: their rows read the meeting row).
        services.AddSingleton<IInlineProjection, NeedBoardProjection>();
        services.AddSingleton<IInlineProjection, ResourceBoardProjection>();
        services.AddSingleton<IInlineProjection, ProjectBoardProjection>();
        services.AddSingleton<IInlineProjection, AgreementProjection>();
        services.AddSingleton<IInlineProjection, MeetingCommitteeProjection>();
        services.AddSingleton<IInlineProjection, MeetingProjection>();
        services.AddSingleton<IInlineProjection, ActionItemProjection>();
        services.AddSingleton<IInlineProjection, UnitPointFactsProjection>();
        // After commit, on the daemon's leader: figures and the process manager.
        services.AddSingleton<IAsyncProjection, CycleFiguresProjection>();
        services.AddSingleton<IAsyncProjection, CycleReactions>();

        services.AddSingleton<NeedBoard>().AddSingleton<NeedService>().AddSingleton<NeedMatchSuggestions>();
        services.AddSingleton<ResourceBoard>().AddSingleton<ResourceService>();
        services.AddSingleton<ProjectBoard>().AddSingleton<ProjectService>();
        services.AddSingleton<AgreementList>().AddSingleton<AgreementService>();
        services.AddSingleton<MeetingBoard>().AddSingleton<CommitteeLookup>().AddSingleton<MeetingMail>().AddSingleton<MeetingService>();
        services.AddSingleton<CadencePlanning>().AddSingleton<MeetingReminders>().AddSingleton<CycleFiguresBoard>();
        services.AddSingleton<ActionItemBoard>().AddSingleton<ActionItemHistory>().AddSingleton<ActionItemService>().AddSingleton<ActionItemSupervision>();
        services.AddLiveNotices<CycleNotices>();
        services.AddSingleton<ISeedSteps, NeedSeedSteps>().AddSingleton<ISeedSteps, ResourceSeedSteps>().AddSingleton<ISeedSteps, ProjectSeedSteps>()
            .AddSingleton<ISeedSteps, AgreementSeedSteps>().AddSingleton<ISeedSteps, MeetingSeedSteps>().AddSingleton<ISeedSteps, ActionItemSeedSteps>();

        // Hourly and fired at once after downtime (misfire: fire now), so a node that was down catches up on start.
        services.AddQuartz(q => q.ScheduleJob<CadenceJob>(
            t => t.WithIdentity(CadenceJob.Key.Name, "meetings").StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            j => j.WithIdentity(CadenceJob.Key).WithDescription("Plans each committee's next meeting from its cadence and invites the members")));
        services.AddQuartz(q => q.ScheduleJob<MeetingReminderJob>(
            t => t.WithIdentity(MeetingReminderJob.Key.Name, "meetings").StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            j => j.WithIdentity(MeetingReminderJob.Key).WithDescription("Reminds committee members before their meetings")));
        services.AddQuartz(q => q.ScheduleJob<SupervisionJob>(
            t => t.WithIdentity(SupervisionJob.Key.Name, "meetings").StartAt(DateTimeOffset.UtcNow.AddMinutes(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)),
            j => j.WithIdentity(SupervisionJob.Key).WithDescription("Action items: reminders, escalation, carry-over; cycle figures refresh")));
    }
}
