using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Agreements;

public enum AgreementStatus { Draft, Effective, Terminated }

/// <summary>共建协议书 between a community/street and a resident unit; effective once both sides signed.</summary>
public sealed record Agreement(
    string Id, OrgPath Organisation, string UnitId, AgreementTerms Terms, IReadOnlySet<AgreementSide> Signatures, AgreementStatus Status)
{
    public static string StreamId(string agreementId) => $"agreement-{agreementId}";

    /// <summary>Effective and inside its term on that local date.</summary>
    public bool IsInForce(DateOnly today) => Status == AgreementStatus.Effective && today >= Terms.StartsOn && today <= Terms.EndsOn;

    public bool IsExpired(DateOnly today) => Status == AgreementStatus.Effective && today > Terms.EndsOn;
}
