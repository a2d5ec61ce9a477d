using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Needs;

public enum NeedStatus { Open, ClaimPending, Claimed, Closed, Withdrawn }

public sealed record NeedClaim(string ClaimId, string UnitId, ClaimStatus Status, DateTimeOffset ClaimedAt);

/// <summary>A need of the 需求清单. Claims live in the need's stream so exclusivity is one stream's version check.</summary>
public sealed record Need(
    string Id, OrgPath Owner, NeedDraft Draft, bool IsClosed, bool IsWithdrawn, IReadOnlyList<NeedClaim> Claims)
{
    public static string StreamId(string needId) => $"need-{needId}";

    /// <summary>The pending or confirmed claim holding the need, if any (at most one).</summary>
    public NeedClaim? ActiveClaim => Claims.FirstOrDefault(c => c.Status.IsActive());

    public NeedStatus Status =>
        IsWithdrawn ? NeedStatus.Withdrawn
        : IsClosed ? NeedStatus.Closed
        : ActiveClaim?.Status == ClaimStatus.Confirmed ? NeedStatus.Claimed
        : ActiveClaim is not null ? NeedStatus.ClaimPending
        : NeedStatus.Open;

    public bool IsFinished => IsClosed || IsWithdrawn;

    public NeedClaim? ClaimOf(string claimId) => Claims.FirstOrDefault(c => c.ClaimId == claimId);

    internal Need WithClaim(string claimId, ClaimStatus status) =>
        this with { Claims = Claims.Select(c => c.ClaimId == claimId ? c with { Status = status } : c).ToList() };
}
