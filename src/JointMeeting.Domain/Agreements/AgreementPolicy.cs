using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Agreements;

/// <summary>Who may do what with agreements; deny by default.</summary>
public static class AgreementPolicy
{
    /// <summary>Draft and edit: secretaries of the community/street side, with a co-building unit.</summary>
    public static bool CanDraft(Actor actor, OrgPath organisation, bool unitIsCoBuilding) => unitIsCoBuilding && actor.IsSecretaryOver(organisation);

    /// <summary>Sign or terminate for a side: that side's secretary or unit contact.</summary>
    public static bool ActsFor(Actor actor, Agreement agreement, AgreementSide side) => side switch
    {
        AgreementSide.Organisation => actor.IsSecretaryOver(agreement.Organisation),
        AgreementSide.Unit => actor.IsContactOf(agreement.UnitId),
        _ => false,
    };

    /// <summary>The side an actor acts for (organisation first), for a UI offering one "sign" button.</summary>
    public static AgreementSide? SideOf(Actor actor, Agreement agreement) =>
        ActsFor(actor, agreement, AgreementSide.Organisation) ? AgreementSide.Organisation
        : ActsFor(actor, agreement, AgreementSide.Unit) ? AgreementSide.Unit
        : null;
}
