using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>Marker for the events of one wish stream (stream id: <see cref="WishStream.Id"/>).</summary>
public interface IWishEvent
{
    string WishId { get; }
}

public static class WishStream
{
    public static string Id(string wishId) => $"wish-{wishId}";
}

public sealed record WishSubmitted(
    string WishId, OrgPath Community, bool WidenedToStreet, WishCategory Category, string Title, string Description,
    decimal EstimatedValue, ResidentContact Resident, string? Grid, string? Building, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishPublished(string WishId, bool WidenedToStreet, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishRejected(string WishId, string Reason, string By, DateTimeOffset At) : IWishEvent;

/// <summary>The claimant is the actor, so MemberId doubles as By.</summary>
public sealed record WishClaimed(string WishId, string MemberId, DateTimeOffset ClaimedAt, DateTimeOffset DueAt) : IWishEvent;

public sealed record WishClaimReminded(string WishId, string MemberId, DateTimeOffset DueAt, DateTimeOffset At) : IWishEvent;

public sealed record WishReleased(string WishId, string MemberId, string? Reason, string By, DateTimeOffset At) : IWishEvent;

/// <summary>Released by the system because the claim passed DueAt; the wish is published again.</summary>
public sealed record WishClaimExpired(string WishId, string MemberId, DateTimeOffset DueAt, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishFulfilled(string WishId, string MemberId, string Note, IReadOnlyList<WishPhoto> Photos, DateTimeOffset At) : IWishEvent;

/// <summary>Carries the claimant so the points projection needs nothing else.</summary>
public sealed record WishConfirmed(string WishId, string MemberId, int Rating, string Thanks, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishDisputed(string WishId, string MemberId, string Reason, DateTimeOffset DueAt, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishWidenedToStreet(string WishId, string StreetId, string By, DateTimeOffset At) : IWishEvent;

public sealed record WishCancelled(string WishId, string Reason, string By, DateTimeOffset At) : IWishEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class WishEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(WishSubmitted), "wish.submitted"),
        (typeof(WishPublished), "wish.published"),
        (typeof(WishRejected), "wish.rejected"),
        (typeof(WishClaimed), "wish.claimed"),
        (typeof(WishClaimReminded), "wish.claim-reminded"),
        (typeof(WishReleased), "wish.released"),
        (typeof(WishClaimExpired), "wish.claim-expired"),
        (typeof(WishFulfilled), "wish.fulfilled"),
        (typeof(WishConfirmed), "wish.confirmed"),
        (typeof(WishDisputed), "wish.disputed"),
        (typeof(WishCancelled), "wish.cancelled"),
        (typeof(WishWidenedToStreet), "wish.widened-to-street"),
    ];
}
