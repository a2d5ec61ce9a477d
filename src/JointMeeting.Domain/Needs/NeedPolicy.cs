using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Needs;

/// <summary>Who may do what with needs; deny by default. The UI asks the same questions to show buttons.</summary>
public static class NeedPolicy
{
    /// <summary>Post, edit, close, withdraw, and decide claims: secretaries over the need's community/street.</summary>
    public static bool CanManage(Actor actor, OrgPath owner) => actor.IsSecretaryOver(owner);

    /// <summary>Claim: the contact of a unit that is a co-building unit there.</summary>
    public static bool CanClaim(Actor actor, string unitId, bool unitIsCoBuilding) =>
        unitIsCoBuilding && actor.IsContactOf(unitId);

    /// <summary>Only the owning community/street (or above) confirms or declines a claim.</summary>
    public static bool CanDecideClaim(Actor actor, Need need) => actor.IsSecretaryOver(need.Owner);

    public static bool CanWithdrawClaim(Actor actor, NeedClaim claim) => actor.IsContactOf(claim.UnitId);
}
