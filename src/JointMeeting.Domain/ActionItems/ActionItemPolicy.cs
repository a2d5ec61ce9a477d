using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.ActionItems;

/// <summary>Who may do what with action items; deny by default.</summary>
public static class ActionItemPolicy
{
    /// <summary>Create, drop, review: secretaries over the committee's organisation.</summary>
    public static bool CanSupervise(Actor actor, OrgPath committeePath) => actor.IsSecretaryOver(committeePath);

    /// <summary>Progress and completion: the owner (the unit's contact or the person), or a supervisor.</summary>
    public static bool CanWorkOn(Actor actor, ActionItem item) =>
        IsOwner(actor, item.Owner) || CanSupervise(actor, item.CommitteePath);

    public static bool IsOwner(Actor actor, ActionOwner owner) => owner.Kind switch
    {
        OwnerKind.Unit => actor.IsContactOf(owner.Id),
        OwnerKind.Person => actor.PersonId == owner.Id,
        _ => false,
    };

    /// <summary>Reminders and escalation are the scheduler's job only.</summary>
    public static bool CanRunJobs(Actor actor) => actor.IsSystem;

    public static bool CanCarryOver(Actor actor, ActionItem item) => actor.IsSystem || CanSupervise(actor, item.CommitteePath);
}
