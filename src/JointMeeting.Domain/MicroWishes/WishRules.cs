namespace JointMeeting.Domain.MicroWishes;

/// <summary>Fixed limits of the micro-wish rules; per-community settings come in <see cref="CommunityWishSettings"/>.</summary>
public static class WishRules
{
    /// <summary>A micro-wish is "usually under ¥200"; above this it belongs on the needs list (需求清单).</summary>
    public const decimal MaxEstimatedValue = 1000m;

    public const int MaxPhotos = 6;
    public const long MaxPhotoBytes = 5 * 1024 * 1024;
    public static readonly IReadOnlySet<string> PhotoContentTypes = new HashSet<string> { "image/jpeg", "image/png", "image/webp" };

    public const int DefaultFulfilWithinDays = 7;
    public const int DefaultOpenClaimLimit = 3;

    /// <summary>The claimant is reminded this long before the claim falls due.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(1);
}

/// <summary>A community's micro-wish settings as they are when the command runs (loaded by the server).</summary>
public sealed record CommunityWishSettings(
    int FulfilWithinDays = WishRules.DefaultFulfilWithinDays,
    int OpenClaimLimit = WishRules.DefaultOpenClaimLimit)
{
    public static readonly CommunityWishSettings Default = new();
}
