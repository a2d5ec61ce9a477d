using JointMeeting.Domain.Common;
using JointMeeting.Domain.Projects;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Projects;

/// <summary>projects.json → DraftProject, proposals to meetings, the meeting's decision applied, claims and progress.</summary>
public sealed class ProjectSeedSteps(CommandExecutor executor, CycleFacts facts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["DraftProject", "EditProject", "ProposeProject", "ApplyMeetingDecision", "ClaimProject", "ConfirmProjectClaim", "DeclineProjectClaim",
         "UpdateProjectProgress", "CompleteProject"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        string Claim() => context.Id(s.Required("claim"));
        IProjectCommand? command = s.Do switch
        {
            "DraftProject" => new DraftProject(actor, s.At, id, (await facts.OwnerAsync(context.Id(s.Required("owner")), "owner", ct)).Path, Draft(s, context)),
            "EditProject" => new EditProject(actor, s.At, id, Draft(s, context)),
            "ProposeProject" => new ProposeProject(actor, s.At, id, context.Id(s.Required("meeting")),
                SeedAgenda.Id(context, context.Id(s.Required("meeting")), s.Required("agendaItem"))),
            "ApplyMeetingDecision" => await DecisionAsync(actor, s, context, id, ct),
            "ClaimProject" => new ClaimProject(actor, s.At, id, Claim(), context.Id(s.Required("unit")),
                await facts.IsCoBuildingAsync(context.Id(s.Required("unit")), (await executor.LoadAsync(ProjectAggregates.Projects, id, ct)).State!.Owner, ct)),
            "ConfirmProjectClaim" => new ConfirmProjectClaim(actor, s.At, id, Claim()),
            "DeclineProjectClaim" => new DeclineProjectClaim(actor, s.At, id, Claim(), s.Required("reason")),
            "UpdateProjectProgress" => new UpdateProjectProgress(actor, s.At, id, s.Int("percent") ?? 0, s.Str("note") ?? "进展更新"),
            _ => new CompleteProject(actor, s.At, id, s.Str("note")),
        };
        if (command is not null) await executor.ExecuteAsync(ProjectAggregates.Projects, id, command, new WriteOptions(Actor: actor), ct);
    }

    /// <summary>Outcome and note from the meeting's recorded decision (the reaction may have applied it already: then a no-op).</summary>
    private async Task<IProjectCommand?> DecisionAsync(Actor actor, SeedStep s, SeedContext context, string id, CancellationToken ct)
    {
        var meetingId = context.Id(s.Required("meeting"));
        var itemId = SeedAgenda.Id(context, meetingId, s.Required("agendaItem"));
        var meeting = (await executor.LoadAsync(MeetingAggregates.Meetings, meetingId, ct)).State ?? throw DomainException.NotFound("会议");
        var decision = meeting.Decisions.GetValueOrDefault(itemId) ?? throw new InvalidDataException($"{s}: the meeting has no decision on {itemId}");
        return new ApplyMeetingDecision(actor, s.At, id, meetingId, itemId, decision.Outcome, decision.Note);
    }

    private static ProjectDraft Draft(SeedStep s, SeedContext context) =>
        new(s.Required("title"), s.Required("description"), s.Str("need") is { } need ? context.Id(need) : null,
            (s.As<List<string>>("resources") ?? []).Select(context.Id).ToList(), (s.As<List<string>>("ownerUnits") ?? []).Select(context.Id).ToList());
}
