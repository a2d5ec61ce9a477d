using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Organisations;

/// <summary>
/// Who may shape the tree, in one place. An organisation is managed by the secretaries above it:
/// the holder of a scope on its parent's path (so a street secretary manages the street's
/// communities but not the street itself). The system (seed loader) may too. Deny by default.
/// </summary>
public static class OrganisationPolicy
{
    /// <summary>Create, rename, move (on both ends), archive an organisation whose parent has this path.</summary>
    public static bool CanManage(Actor actor, OrgPath managedIn) => actor.IsSystem || actor.IsSecretaryOver(managedIn);

    /// <summary>A district is the root: only the system creates one.</summary>
    public static bool CanCreateDistrict(Actor actor) => actor.IsSystem;

    /// <summary>A unit's contact keeps its Party organisation and contact details up to date.</summary>
    public static bool CanEditUnit(Actor actor, string unitId, OrgPath managedIn) =>
        CanManage(actor, managedIn) || (!actor.IsSystem && actor.IsContactOf(unitId));
}
