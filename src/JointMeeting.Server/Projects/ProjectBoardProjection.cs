using JointMeeting.Domain.Projects;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Projects;

public static class ProjectAggregates
{
    /// <summary>Stream "project-{id}" (<see cref="Project.StreamId"/>).</summary>
    public static readonly Aggregate<IProjectCommand, IProjectEvent, Project, ProjectDecider> Projects =
        Aggregate.Of<IProjectCommand, IProjectEvent, Project, ProjectDecider>("project");
}

/// <summary>Inline: <c>projects_board</c> and the units' project claims in <c>cycle_claim_facts</c>.</summary>
public sealed class ProjectBoardProjection()
    : DeciderProjection<IProjectCommand, IProjectEvent, Project, ProjectDecider>("projects_board")
{
    protected override string IdOf(IProjectEvent e) => e.ProjectId;

    protected override Task SaveAsync(ProjectionContext ctx, Project p, long version, IProjectEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO projects_board (id, owner_id, district_id, street_id, community_id, status, need_id, meeting_id, percent, title,
                drafted_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13)
            ON CONFLICT (id) DO UPDATE SET status = $6, need_id = $7, meeting_id = $8, percent = $9, title = $10,
                updated_at = $11, version = $12, state = $13
            """, ct, p.Id, p.Owner.OwnerId, p.Owner.DistrictId, Sql.Text(p.Owner.StreetId), Sql.Text(p.Owner.CommunityId),
            p.Status.ToString(), Sql.Text(p.Draft.NeedId), Sql.Text(p.MeetingId), p.Percent, p.Draft.Title, e.At, version,
            Sql.Jsonb(StateJson.Serialize(p)));

    protected override Task OnEventAsync(ProjectionContext ctx, IProjectEvent e, Project? before, Project after, CancellationToken ct) => e switch
    {
        ProjectClaimed c => ClaimFacts.AddAsync(ctx, "Project", c.ProjectId, c.ClaimId, c.UnitId, after.Owner, c.At, c.By, ct),
        ProjectClaimConfirmed c => ClaimFacts.SetStatusAsync(ctx, "Project", c.ProjectId, c.ClaimId, "Confirmed", ct),
        ProjectClaimDeclined c => ClaimFacts.SetStatusAsync(ctx, "Project", c.ProjectId, c.ClaimId, "Declined", ct),
        _ => Task.CompletedTask,
    };
}
