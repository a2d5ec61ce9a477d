using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;

namespace JointMeeting.Domain.Projects;

public enum ProjectStatus { Draft, Proposed, Approved, Deferred, Rejected, Completed }

public sealed record ProjectClaim(string ClaimId, string UnitId, ClaimStatus Status);

/// <summary>An entry of the 项目清单: drafted, proposed to a meeting, decided, claimed, carried out.</summary>
public sealed record Project(
    string Id, OrgPath Owner, ProjectDraft Draft, ProjectStatus Status, string? MeetingId, string? AgendaItemId,
    IReadOnlyList<ProjectClaim> Claims, int Percent)
{
    public static string StreamId(string projectId) => $"project-{projectId}";

    public ProjectClaim? ActiveClaim => Claims.FirstOrDefault(c => c.Status.IsActive());

    public ProjectClaim? ClaimOf(string claimId) => Claims.FirstOrDefault(c => c.ClaimId == claimId);

    public bool IsEditable => Status is ProjectStatus.Draft or ProjectStatus.Deferred;

    internal Project WithClaim(string claimId, ClaimStatus status) =>
        this with { Claims = Claims.Select(c => c.ClaimId == claimId ? c with { Status = status } : c).ToList() };
}
