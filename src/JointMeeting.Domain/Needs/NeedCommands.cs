using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Needs;

public interface INeedCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string NeedId { get; }
}

/// <summary>The editable fields of a need; field names match the GraphQL input.</summary>
public sealed record NeedDraft(
    string Title, NeedCategory Category, string Description, string Place, Urgency Urgency,
    string WhatIsNeeded, int? QuantityNeeded, DateOnly Deadline);

/// <summary><paramref name="Owner"/>: the community or street posting it (server resolves the path).</summary>
public sealed record PostNeed(Actor Actor, DateTimeOffset Now, string NeedId, OrgPath Owner, NeedDraft Draft) : INeedCommand;

public sealed record EditNeed(Actor Actor, DateTimeOffset Now, string NeedId, NeedDraft Draft) : INeedCommand;

/// <summary>The need is met (or no longer pursued after being met in part); credits the confirmed claimant.</summary>
public sealed record CloseNeed(Actor Actor, DateTimeOffset Now, string NeedId, string? Note) : INeedCommand;

public sealed record WithdrawNeed(Actor Actor, DateTimeOffset Now, string NeedId, string Reason) : INeedCommand;

/// <summary><paramref name="UnitIsCoBuilding"/>: fact from the Reporting read model — the unit is a 共建单位 of the need's community/street.</summary>
public sealed record ClaimNeed(
    Actor Actor, DateTimeOffset Now, string NeedId, string ClaimId, string UnitId, bool UnitIsCoBuilding, string? Note) : INeedCommand;

public sealed record ConfirmNeedClaim(Actor Actor, DateTimeOffset Now, string NeedId, string ClaimId) : INeedCommand;

public sealed record DeclineNeedClaim(Actor Actor, DateTimeOffset Now, string NeedId, string ClaimId, string Reason) : INeedCommand;

/// <summary>The claiming unit takes back its pending claim.</summary>
public sealed record WithdrawNeedClaim(Actor Actor, DateTimeOffset Now, string NeedId, string ClaimId) : INeedCommand;
