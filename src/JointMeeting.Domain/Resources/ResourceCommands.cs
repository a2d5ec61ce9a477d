using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Resources;

public interface IResourceCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string ResourceId { get; }
}

/// <summary>Capacity in <paramref name="CapacityUnit"/> (间, 人, 元, 次 …); the window is inclusive local dates.</summary>
public sealed record ResourceDraft(
    ResourceKind Kind, string Title, string Description, int Capacity, string CapacityUnit,
    DateOnly AvailableFrom, DateOnly AvailableUntil, string Place);

/// <summary>
/// <paramref name="OfferedTo"/>: the community or street the unit reported to; <paramref name="UnitIsCoBuilding"/>:
/// fact from the Reporting read model that the unit is a 共建单位 there.
/// </summary>
public sealed record OfferResource(
    Actor Actor, DateTimeOffset Now, string ResourceId, string UnitId, OrgPath OfferedTo, bool UnitIsCoBuilding,
    ResourceDraft Draft) : IResourceCommand;

public sealed record EditResource(Actor Actor, DateTimeOffset Now, string ResourceId, ResourceDraft Draft) : IResourceCommand;

public sealed record WithdrawResource(Actor Actor, DateTimeOffset Now, string ResourceId, string Reason) : IResourceCommand;

/// <summary><paramref name="ClaimingOrg"/>: the community (or street) claiming; must lie inside the offer's area.</summary>
public sealed record ClaimResource(
    Actor Actor, DateTimeOffset Now, string ResourceId, string ClaimId, OrgPath ClaimingOrg, int Quantity, string Purpose)
    : IResourceCommand;

public sealed record ConfirmResourceClaim(Actor Actor, DateTimeOffset Now, string ResourceId, string ClaimId) : IResourceCommand;

public sealed record DeclineResourceClaim(Actor Actor, DateTimeOffset Now, string ResourceId, string ClaimId, string Reason)
    : IResourceCommand;

/// <summary>The claiming community takes back a claim not yet used.</summary>
public sealed record CancelResourceClaim(Actor Actor, DateTimeOffset Now, string ResourceId, string ClaimId, string Reason)
    : IResourceCommand;

/// <summary>The claiming community records that the confirmed resource was used.</summary>
public sealed record RecordResourceUse(Actor Actor, DateTimeOffset Now, string ResourceId, string ClaimId, string? Note)
    : IResourceCommand;
