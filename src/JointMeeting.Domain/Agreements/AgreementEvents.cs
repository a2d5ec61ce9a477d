using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Agreements;

public interface IAgreementEvent
{
    string AgreementId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

public sealed record AgreementDrafted(string AgreementId, OrgPath Organisation, string UnitId, AgreementTerms Terms, string By, DateTimeOffset At)
    : IAgreementEvent;

public sealed record AgreementEdited(string AgreementId, AgreementTerms Terms, string By, DateTimeOffset At) : IAgreementEvent;

public sealed record AgreementSigned(string AgreementId, AgreementSide Side, string By, DateTimeOffset At) : IAgreementEvent;

/// <summary>Follows the second signature in the same decision; carries the parties so "agreements per unit" needs no lookup.</summary>
public sealed record AgreementTookEffect(string AgreementId, OrgPath Organisation, string UnitId, string By, DateTimeOffset At) : IAgreementEvent;

public sealed record AgreementTerminated(string AgreementId, AgreementSide Side, string Reason, string By, DateTimeOffset At) : IAgreementEvent;

public static class AgreementEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(AgreementDrafted), "agreement.drafted"),
        (typeof(AgreementEdited), "agreement.edited"),
        (typeof(AgreementSigned), "agreement.signed"),
        (typeof(AgreementTookEffect), "agreement.took-effect"),
        (typeof(AgreementTerminated), "agreement.terminated"),
    ];
}
