using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

public enum WishStatus { Submitted, Published, Rejected, Claimed, Fulfilled, Closed, Cancelled }

/// <summary>The current claim; its time limit is kept so a dispute restarts the same limit.</summary>
public sealed record WishClaim(string MemberId, DateTimeOffset ClaimedAt, DateTimeOffset DueAt, TimeSpan TimeLimit, bool Reminded = false);

public sealed record WishFulfilment(string Note, IReadOnlyList<WishPhoto> Photos, DateTimeOffset At);

public sealed record WishConfirmation(int Rating, string Thanks, string By, DateTimeOffset At);

/// <summary>State of one wish, folded from its events.</summary>
public sealed record Wish(
    string WishId, OrgPath Community, bool WidenedToStreet, WishCategory Category, string Title, string Description,
    decimal EstimatedValue, ResidentContact Resident, string? Grid, string? Building, DateTimeOffset SubmittedAt,
    WishStatus Status)
{
    public DateTimeOffset? PublishedAt { get; init; }
    public WishClaim? Claim { get; init; }
    public WishFulfilment? Fulfilment { get; init; }
    public WishConfirmation? Confirmation { get; init; }
    /// <summary>Why it was rejected or cancelled.</summary>
    public string? ClosingReason { get; init; }

    /// <summary>When the reminder job should fire for the open claim (one day before DueAt), else null.</summary>
    public DateTimeOffset? ReminderDueAt =>
        Status == WishStatus.Claimed && Claim is { Reminded: false } ? Claim.DueAt - WishRules.ReminderLead : null;

    /// <summary>When the expiry job should fire: the open claim's DueAt, else null.</summary>
    public DateTimeOffset? ExpiryDueAt => Status == WishStatus.Claimed ? Claim?.DueAt : null;

    /// <summary>Counts against the claimant's open-claim limit: claimed and not yet fulfilled.</summary>
    public bool IsOpenClaim => Status == WishStatus.Claimed;

    public bool IsClaimOverdue(DateTimeOffset now) => ExpiryDueAt is { } due && now >= due;

    /// <summary>The member holds the claim now (or held it when the wish was fulfilled and closed).</summary>
    public bool IsClaimedBy(string personId) =>
        (Status is WishStatus.Claimed or WishStatus.Fulfilled or WishStatus.Closed) && Claim?.MemberId == personId;

    /// <summary>The resident as this actor may see them: in full for staff and the claimant, masked otherwise.</summary>
    public ResidentContact ResidentAsSeenBy(Actor actor) =>
        WishPolicy.CanSeeResident(actor, this)
            ? Resident
            : new ResidentContact(Masking.Name(Resident.Name), Masking.Phone(Resident.Phone), Masking.Address(Resident.Address));

    /// <summary>Conflict text naming the current state, e.g. "该心愿已被认领".</summary>
    public string StatusText => Status switch
    {
        WishStatus.Submitted => "该心愿尚未发布",
        WishStatus.Published => "该心愿已发布，尚未认领",
        WishStatus.Rejected => "该心愿未通过审核",
        WishStatus.Claimed => "该心愿已被认领",
        WishStatus.Fulfilled => "该心愿已完成，待社区确认",
        WishStatus.Closed => "该心愿已确认办结",
        _ => "该心愿已取消",
    };
}
