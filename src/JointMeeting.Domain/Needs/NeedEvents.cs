using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Needs;

public interface INeedEvent
{
    string NeedId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

public sealed record NeedPosted(string NeedId, OrgPath Owner, NeedDraft Draft, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedEdited(string NeedId, NeedDraft Draft, string By, DateTimeOffset At) : INeedEvent;

/// <summary><paramref name="ClaimedByUnitId"/>: the unit whose confirmed claim met the need (earns points), if any.</summary>
public sealed record NeedClosed(string NeedId, string? ClaimedByUnitId, string? Note, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedWithdrawn(string NeedId, string Reason, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedClaimed(string NeedId, string ClaimId, string UnitId, string? Note, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedClaimConfirmed(string NeedId, string ClaimId, string UnitId, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedClaimDeclined(string NeedId, string ClaimId, string UnitId, string Reason, string By, DateTimeOffset At) : INeedEvent;

public sealed record NeedClaimWithdrawn(string NeedId, string ClaimId, string UnitId, string By, DateTimeOffset At) : INeedEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class NeedEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(NeedPosted), "need.posted"),
        (typeof(NeedEdited), "need.edited"),
        (typeof(NeedClosed), "need.closed"),
        (typeof(NeedWithdrawn), "need.withdrawn"),
        (typeof(NeedClaimed), "need.claimed"),
        (typeof(NeedClaimConfirmed), "need.claim-confirmed"),
        (typeof(NeedClaimDeclined), "need.claim-declined"),
        (typeof(NeedClaimWithdrawn), "need.claim-withdrawn"),
    ];
}
