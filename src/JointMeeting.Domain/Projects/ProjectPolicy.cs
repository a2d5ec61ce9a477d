using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Projects;

/// <summary>Who may do what with projects; deny by default.</summary>
public static class ProjectPolicy
{
    /// <summary>Draft, edit, propose, decide claims, complete: secretaries over the project's community/street.</summary>
    public static bool CanManage(Actor actor, OrgPath owner) => actor.IsSecretaryOver(owner);

    /// <summary>Meeting decisions arrive from the system reacting to the meeting, or from a secretary.</summary>
    public static bool CanApplyDecision(Actor actor, Project project) => actor.IsSystem || CanManage(actor, project.Owner);

    public static bool CanClaim(Actor actor, string unitId, bool unitIsCoBuilding) => unitIsCoBuilding && actor.IsContactOf(unitId);

    /// <summary>Progress: contacts of owner units, or secretaries.</summary>
    public static bool CanReportProgress(Actor actor, Project project) =>
        project.Draft.OwnerUnitIds.Any(actor.IsContactOf) || CanManage(actor, project.Owner);
}
