namespace JointMeeting.Domain.Common;

/// <summary>
/// A member's approved 双报到 as the Reporting read model holds it; the server passes it with
/// commands whose rule depends on where the member reported (claiming wishes, volunteer slots).
/// </summary>
public sealed record ApprovedReporting(string MemberId, string CommunityId, string StreetId, string? Grid, string? Building)
{
    /// <summary>True when the member reported to that community, or to its street when the offer is widened.</summary>
    public bool Covers(OrgPath community, bool widenedToStreet) =>
        CommunityId == community.CommunityId || (widenedToStreet && StreetId == community.StreetId);

    /// <summary>
    /// The member themself, still holding the Member role of the community they reported to: the role follows the
    /// report, and an administrator revoking it stops claims at once even while the report stays approved.
    /// </summary>
    public bool IsActingMember(Actor actor) => !actor.IsSystem && actor.PersonId == MemberId && actor.Holds(Role.Member, CommunityId);
}
