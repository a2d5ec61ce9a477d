using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Reporting;

/// <summary>
/// Who may do what in 双报到, in one place. Decisions belong to the secretaries over the target
/// (community secretary, its street secretary, the district admin); a request is made by its
/// subject or entered for them by those secretaries. The system decides nothing here. Deny by default.
/// </summary>
public static class ReportingPolicy
{
    public static bool CanDecide(Actor actor, OrgPath target) => !actor.IsSystem && actor.IsSecretaryOver(target);

    public static bool CanActForMember(Actor actor, string personId, OrgPath target) =>
        (!actor.IsSystem && actor.PersonId == personId) || CanDecide(actor, target);

    public static bool CanActForUnit(Actor actor, string unitId, OrgPath target) =>
        (!actor.IsSystem && actor.IsContactOf(unitId)) || CanDecide(actor, target);
}
