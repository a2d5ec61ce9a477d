namespace JointMeeting.Domain.Common;

/// <summary>
/// Where something sits in the organisation tree (district ⊃ street ⊃ community). Secretaries
/// above it may act on it, so deciders keep the whole path, not just the nearest id.
/// </summary>
public sealed record OrgPath(string DistrictId, string? StreetId = null, string? CommunityId = null)
{
    /// <summary>The nearest organisation: the community, else the street, else the district.</summary>
    public string OwnerId => CommunityId ?? StreetId ?? DistrictId;

    public bool IsCommunity => CommunityId is not null;

    /// <summary>True when this path lies inside <paramref name="outer"/> (or equals it).</summary>
    public bool IsWithin(OrgPath outer) =>
        DistrictId == outer.DistrictId
        && (outer.StreetId is null || outer.StreetId == StreetId)
        && (outer.CommunityId is null || outer.CommunityId == CommunityId);
}

public static class ScopeRules
{
    /// <summary>District admin ⊃ street secretary ⊃ community secretary: anyone above the path acts for it.</summary>
    public static bool IsSecretaryOver(this Actor actor, OrgPath path) =>
        actor.Holds(Role.DistrictAdmin, path.DistrictId)
        || (path.StreetId is not null && actor.Holds(Role.StreetSecretary, path.StreetId))
        || (path.CommunityId is not null && actor.Holds(Role.CommunitySecretary, path.CommunityId));

    public static bool IsContactOf(this Actor actor, string unitId) => actor.Holds(Role.UnitContact, unitId);

    /// <summary>Deny by default: policies return bools, deciders call this to turn "no" into FORBIDDEN.</summary>
    public static void Demand(bool allowed, string message = "无权执行此操作")
    {
        if (!allowed) throw DomainException.Forbidden(message);
    }
}
