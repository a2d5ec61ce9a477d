using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Projects;
using JointMeeting.EventStore;
using JointMeeting.Server.ActionItems;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Projects;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// The cycle's process manager, run by the projection daemon after commit (one node, progress stored):
/// a meeting's decision on a project item is applied to the project, and an action item carried over
/// lands on the target meeting's agenda. Both commands are idempotent in the domain (a repeat yields no
/// event), so a rebuild or a retried batch changes nothing; a command the domain refuses because the
/// world moved on (the project was re-proposed, the minutes are approved) is logged and skipped.
/// </summary>
public sealed class CycleReactions(CommandExecutor executor, ILogger<CycleReactions> logger) : IAsyncProjection
{
    public string Name => "cycle-reactions";

    public IReadOnlyCollection<Type> EventTypes { get; } = [typeof(DecisionRecorded), typeof(ActionItemCarriedOver)];

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext context, CancellationToken ct)
    {
        foreach (var recorded in events)
        {
            switch (recorded.Data)
            {
                case DecisionRecorded { Kind: AgendaItemKind.Project, RefId: { } projectId } e:
                    await TryAsync(() => executor.ExecuteAsync(ProjectAggregates.Projects, projectId,
                        new ApplyMeetingDecision(Actor.System, e.At, projectId, e.MeetingId, e.AgendaItemId, e.Outcome, e.Note),
                        new WriteOptions(Actor: Actor.System), ct), recorded);
                    break;
                case ActionItemCarriedOver e:
                    var item = (await executor.LoadAsync(ActionItemAggregates.Items, e.ActionItemId, ct)).State;
                    if (item is null) break;
                    await TryAsync(() => executor.ExecuteAsync(MeetingAggregates.Meetings, e.TargetMeetingId,
                        new AddAgendaItem(Actor.System, e.At, e.TargetMeetingId, item.ToCarriedOverAgendaItem()),
                        new WriteOptions(Actor: Actor.System), ct), recorded);
                    break;
            }
        }
    }

    // Reactions are commands, not rows: there is nothing to empty, and a replay repeats only no-ops.
    public Task ResetAsync(ProjectionContext context, CancellationToken ct) => Task.CompletedTask;

    private async Task TryAsync<T>(Func<Task<T>> run, RecordedEvent cause)
    {
        try
        {
            await run();
        }
        catch (DomainException e)
        {
            logger.LogInformation("Reaction to {Event} {Stream}@{Version} skipped: {Reason}", cause.TypeName, cause.StreamId, cause.Version, e.Message);
        }
    }
}
