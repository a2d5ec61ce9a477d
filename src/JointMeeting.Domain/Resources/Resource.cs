using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Resources;

public sealed record ResourceClaim(string ClaimId, OrgPath ClaimingOrg, int Quantity, string Purpose, ResourceClaimStatus Status);

/// <summary>An entry of a unit's 资源清单 with the communities' claims on it (capacity is checked in one stream).</summary>
public sealed record Resource(
    string Id, string UnitId, OrgPath OfferedTo, ResourceDraft Draft, bool IsWithdrawn, IReadOnlyList<ResourceClaim> Claims)
{
    public static string StreamId(string resourceId) => $"resource-{resourceId}";

    /// <summary>Capacity held by pending, confirmed and used claims.</summary>
    public int Taken => Claims.Where(c => c.Status.TakesCapacity()).Sum(c => c.Quantity);

    public int Remaining => Math.Max(0, Draft.Capacity - Taken);

    public ResourceClaim? ClaimOf(string claimId) => Claims.FirstOrDefault(c => c.ClaimId == claimId);

    public bool IsAvailableOn(DateOnly date) => date >= Draft.AvailableFrom && date <= Draft.AvailableUntil;

    internal Resource WithClaim(string claimId, ResourceClaimStatus status) =>
        this with { Claims = Claims.Select(c => c.ClaimId == claimId ? c with { Status = status } : c).ToList() };
}
