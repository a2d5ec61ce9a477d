using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Resources;

public interface IResourceEvent
{
    string ResourceId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

public sealed record ResourceOffered(string ResourceId, string UnitId, OrgPath OfferedTo, ResourceDraft Draft, string By, DateTimeOffset At)
    : IResourceEvent;

public sealed record ResourceEdited(string ResourceId, ResourceDraft Draft, string By, DateTimeOffset At) : IResourceEvent;

public sealed record ResourceWithdrawn(string ResourceId, string Reason, string By, DateTimeOffset At) : IResourceEvent;

public sealed record ResourceClaimed(
    string ResourceId, string ClaimId, OrgPath ClaimingOrg, int Quantity, string Purpose, string By, DateTimeOffset At) : IResourceEvent;

public sealed record ResourceClaimConfirmed(string ResourceId, string ClaimId, string By, DateTimeOffset At) : IResourceEvent;

public sealed record ResourceClaimDeclined(string ResourceId, string ClaimId, string Reason, string By, DateTimeOffset At) : IResourceEvent;

public sealed record ResourceClaimCancelled(string ResourceId, string ClaimId, string Reason, string By, DateTimeOffset At) : IResourceEvent;

/// <summary>Carries the offering unit so the points projection needs no lookup.</summary>
public sealed record ResourceUsed(string ResourceId, string ClaimId, string UnitId, int Quantity, string? Note, string By, DateTimeOffset At)
    : IResourceEvent;

public static class ResourceEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(ResourceOffered), "resource.offered"),
        (typeof(ResourceEdited), "resource.edited"),
        (typeof(ResourceWithdrawn), "resource.withdrawn"),
        (typeof(ResourceClaimed), "resource.claimed"),
        (typeof(ResourceClaimConfirmed), "resource.claim-confirmed"),
        (typeof(ResourceClaimDeclined), "resource.claim-declined"),
        (typeof(ResourceClaimCancelled), "resource.claim-cancelled"),
        (typeof(ResourceUsed), "resource.used"),
    ];
}
