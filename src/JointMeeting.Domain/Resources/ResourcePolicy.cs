using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Resources;

/// <summary>Who may do what with resources; deny by default.</summary>
public static class ResourcePolicy
{
    /// <summary>Offer, edit, withdraw, and confirm/decline claims: the offering unit's contact.</summary>
    public static bool CanOffer(Actor actor, string unitId, bool unitIsCoBuilding) => unitIsCoBuilding && actor.IsContactOf(unitId);

    public static bool CanManage(Actor actor, Resource resource) => actor.IsContactOf(resource.UnitId);

    /// <summary>Claim: a secretary of an organisation inside the area the resource is offered to.</summary>
    public static bool CanClaim(Actor actor, Resource resource, OrgPath claimingOrg) =>
        claimingOrg.IsWithin(resource.OfferedTo) && actor.IsSecretaryOver(claimingOrg);

    /// <summary>Cancel or record use: the claiming organisation's secretaries.</summary>
    public static bool CanActOnOwnClaim(Actor actor, ResourceClaim claim) => actor.IsSecretaryOver(claim.ClaimingOrg);
}
