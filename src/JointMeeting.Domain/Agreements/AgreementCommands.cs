using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Agreements;

public interface IAgreementCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string AgreementId { get; }
}

/// <summary>The two sides of a 共建协议书.</summary>
public enum AgreementSide { Organisation, Unit }

/// <summary>Scope of co-building, term (inclusive local dates) and the projects it covers.</summary>
public sealed record AgreementTerms(string Title, string Scope, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<string> ProjectIds);

/// <summary><paramref name="Organisation"/>: the community or street; <paramref name="UnitIsCoBuilding"/>: fact from Reporting.</summary>
public sealed record DraftAgreement(
    Actor Actor, DateTimeOffset Now, string AgreementId, OrgPath Organisation, string UnitId, bool UnitIsCoBuilding, AgreementTerms Terms)
    : IAgreementCommand;

public sealed record EditAgreement(Actor Actor, DateTimeOffset Now, string AgreementId, AgreementTerms Terms) : IAgreementCommand;

public sealed record SignAgreement(Actor Actor, DateTimeOffset Now, string AgreementId, AgreementSide Side) : IAgreementCommand;

public sealed record TerminateAgreement(Actor Actor, DateTimeOffset Now, string AgreementId, string Reason) : IAgreementCommand;
