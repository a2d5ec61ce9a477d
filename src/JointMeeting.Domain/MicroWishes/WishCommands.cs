using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>Every wish command names its wish and carries who and when.</summary>
public interface IWishCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string WishId { get; }
}

/// <summary>The resident in need. Personal: masked to all but community staff and the claimant.</summary>
public sealed record ResidentContact(string Name, string Phone, string Address);

/// <summary>A photo already stored and checked by the server; the domain re-checks type, size and count.</summary>
public sealed record WishPhoto(string FileId, string ContentType, long SizeBytes);

/// <summary>Entered by community staff for a resident; Community is the whole path so street/district may act too.</summary>
public sealed record SubmitWish(
    Actor Actor, DateTimeOffset Now, string WishId, OrgPath Community, bool WidenToStreet,
    WishCategory Category, string Title, string Description, decimal EstimatedValue,
    ResidentContact Resident, string? Grid, string? Building) : IWishCommand;

/// <summary>Approve publishes at once (see <see cref="WishDecider"/>); reject needs a reason.</summary>
public sealed record ReviewWish(Actor Actor, DateTimeOffset Now, string WishId, bool Approve, string? Reason = null) : IWishCommand;

/// <summary>API's publishWish: the same as approving a submitted wish, optionally widening it to the street.</summary>
public sealed record PublishWish(Actor Actor, DateTimeOffset Now, string WishId, bool? WidenToStreet = null) : IWishCommand;

/// <summary>
/// Facts from other aggregates: the claimant's approved reporting (null when none), how many open
/// claims they hold now, and the community's settings at claim time.
/// </summary>
public sealed record ClaimWish(
    Actor Actor, DateTimeOffset Now, string WishId,
    ApprovedReporting? Reporting, int OpenClaims, CommunityWishSettings Settings) : IWishCommand;

public sealed record ReleaseWish(Actor Actor, DateTimeOffset Now, string WishId, string? Reason = null) : IWishCommand;

public sealed record FulfilWish(Actor Actor, DateTimeOffset Now, string WishId, string Note, IReadOnlyList<WishPhoto> Photos) : IWishCommand;

public sealed record ConfirmWish(Actor Actor, DateTimeOffset Now, string WishId, int Rating, string Thanks) : IWishCommand;

/// <summary>The community says the fulfilment is not right: back to the claimant with a fresh time limit.</summary>
public sealed record DisputeWish(Actor Actor, DateTimeOffset Now, string WishId, string Reason) : IWishCommand;

/// <summary>Opens a published or claimed wish to every reporting member of the street (one way: never narrowed again).</summary>
public sealed record WidenWish(Actor Actor, DateTimeOffset Now, string WishId) : IWishCommand;

public sealed record CancelWish(Actor Actor, DateTimeOffset Now, string WishId, string Reason) : IWishCommand;

/// <summary>The reminder job (system): tells the claimant once, a day before the claim falls due.</summary>
public sealed record RemindClaim(Actor Actor, DateTimeOffset Now, string WishId) : IWishCommand;

/// <summary>The expiry job (system): releases an overdue claim; does nothing when there is none.</summary>
public sealed record ExpireClaim(Actor Actor, DateTimeOffset Now, string WishId) : IWishCommand;
