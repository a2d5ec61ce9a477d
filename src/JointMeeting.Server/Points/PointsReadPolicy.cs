using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Points;

/// <summary>Who may read or run what in the points feature, in one place.</summary>
public static class PointsReadPolicy
{
    /// <summary>Recomputing every standing: the district's administrators.</summary>
    public static bool CanAdminister(Actor actor) => !actor.IsSystem && actor.Holds(Role.DistrictAdmin);

    /// <summary>A unit's 双报告: its contact, and the secretaries above where the unit is (district, street, community).</summary>
    public static bool CanSeeUnitReports(Actor actor, string unitId, OrgPath? unitPath) =>
        actor.IsContactOf(unitId) || (unitPath is not null && actor.IsSecretaryOver(unitPath));

    /// <summary>Sending a quarter's 双报告 by hand: the district admin and street secretaries (who approve unit reporting).</summary>
    public static bool CanSendUnitReports(Actor actor) =>
        !actor.IsSystem && (actor.Holds(Role.DistrictAdmin) || actor.Holds(Role.StreetSecretary));

    public static void Demand(bool allowed, string message) => ScopeRules.Demand(allowed, message);
}
