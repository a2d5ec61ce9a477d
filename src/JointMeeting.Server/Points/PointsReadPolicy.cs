using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Points;

/// <summary>Who may read or run what in the points feature, in one place.</summary>
public static class PointsReadPolicy
{
    /// <summary>Recomputing every standing and sending 双报告 by hand: the district's administrators.</summary>
    public static bool CanAdminister(Actor actor) => !actor.IsSystem && actor.Holds(Role.DistrictAdmin);

    /// <summary>A unit's 双报告: its contact, and the district above.</summary>
    public static bool CanSeeUnitReports(Actor actor, string unitId) => actor.IsContactOf(unitId) || actor.Holds(Role.DistrictAdmin);

    public static void Demand(bool allowed, string message) => ScopeRules.Demand(allowed, message);
}
