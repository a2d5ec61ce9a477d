using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Projects;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Projects;

public sealed record DraftProjectInput(
    string OrganisationId, string Title, string Description, string? NeedId, IReadOnlyList<string>? ResourceIds,
    IReadOnlyList<string>? OwnerUnitIds, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public ProjectDraft Draft => new(Title, Description, string.IsNullOrWhiteSpace(NeedId) ? null : NeedId, ResourceIds ?? [], OwnerUnitIds ?? []);
}

public sealed record EditProjectInput(
    string ProjectId, string Title, string Description, string? NeedId, IReadOnlyList<string>? ResourceIds,
    IReadOnlyList<string>? OwnerUnitIds, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public ProjectDraft Draft => new(Title, Description, string.IsNullOrWhiteSpace(NeedId) ? null : NeedId, ResourceIds ?? [], OwnerUnitIds ?? []);
}

public sealed record ProposeProjectInput(string ProjectId, string MeetingId, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ClaimProjectInput(string ProjectId, string UnitId, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ProjectClaimInput(string ProjectId, string ClaimId, string? Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ProjectProgressInput(string ProjectId, int Percent, string Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record CompleteProjectInput(string ProjectId, string? Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>项目清单 mutations: drafted from needs and resources, proposed to a meeting as an agenda item, claimed, carried out.</summary>
public sealed class ProjectService(CommandExecutor executor, ProjectBoard board, MeetingBoard meetings, CycleFacts facts)
{
    public async Task<ProjectView> DraftAsync(CycleWrite w, DraftProjectInput input, CancellationToken ct)
    {
        var owner = await facts.OwnerAsync(input.OrganisationId, "organisationId", ct);
        var id = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, id, new DraftProject(w.Actor, w.Now, id, owner.Path, input.Draft), ct);
    }

    public Task<ProjectView> EditAsync(CycleWrite w, EditProjectInput input, CancellationToken ct) =>
        RunAsync(w, input.ProjectId, new EditProject(w.Actor, w.Now, input.ProjectId, input.Draft), ct);

    /// <summary>The project becomes an agenda item (议题) of the meeting: the project first (its rules decide), then the agenda.</summary>
    public async Task<ProjectView> ProposeAsync(CycleWrite w, ProposeProjectInput input, CancellationToken ct)
    {
        var project = await board.GetAsync(input.ProjectId, ct);
        var meeting = (await meetings.GetAsync(input.MeetingId, ct)).State;
        ScopeRules.Demand(MeetingPolicy.CanEditAgenda(w.Actor, meeting), "只能向本级联席会议提交议题");
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (meeting.MinutesLocked) throw DomainException.Conflict("会议纪要已审定，议程不能修改");
        var itemId = $"project-{project.Id}";
        var view = await RunAsync(w, project.Id, new ProposeProject(w.Actor, w.Now, project.Id, meeting.Id, itemId), ct);
        var item = new AgendaItem(itemId, AgendaItemKind.Project, project.State.Draft.Title, project.Id, project.State.Draft.Description);
        await executor.ExecuteAsync(MeetingAggregates.Meetings, meeting.Id, new AddAgendaItem(w.Actor, w.Now, meeting.Id, item),
            w.Options with { ExpectedVersion = null, ClientMutationId = null }, ct);
        return view;
    }

    public async Task<ProjectView> ClaimAsync(CycleWrite w, ClaimProjectInput input, CancellationToken ct)
    {
        var project = await board.GetAsync(input.ProjectId, ct);
        var coBuilding = await facts.IsCoBuildingAsync(input.UnitId, project.State.Owner, ct);
        var claimId = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, project.Id, new ClaimProject(w.Actor, w.Now, project.Id, claimId, input.UnitId, coBuilding), ct);
    }

    public Task<ProjectView> ConfirmClaimAsync(CycleWrite w, ProjectClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ProjectId, new ConfirmProjectClaim(w.Actor, w.Now, input.ProjectId, input.ClaimId), ct);

    public Task<ProjectView> DeclineClaimAsync(CycleWrite w, ProjectClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ProjectId, new DeclineProjectClaim(w.Actor, w.Now, input.ProjectId, input.ClaimId, input.Reason ?? ""), ct);

    public Task<ProjectView> UpdateProgressAsync(CycleWrite w, ProjectProgressInput input, CancellationToken ct) =>
        RunAsync(w, input.ProjectId, new UpdateProjectProgress(w.Actor, w.Now, input.ProjectId, input.Percent, input.Note), ct);

    public Task<ProjectView> CompleteAsync(CycleWrite w, CompleteProjectInput input, CancellationToken ct) =>
        RunAsync(w, input.ProjectId, new CompleteProject(w.Actor, w.Now, input.ProjectId, input.Note), ct);

    private async Task<ProjectView> RunAsync(CycleWrite w, string id, IProjectCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(ProjectAggregates.Projects, id, command, w.Options, ct);
        return await board.GetAsync(id, ct);
    }
}
