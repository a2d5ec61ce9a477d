using JointMeeting.Domain.MicroWishes;

namespace JointMeeting.Server.MicroWishes;

// GraphQL inputs of the wish mutations (bound by name from the `input` argument).

public sealed record SubmitWishInput(
    string CommunityId, WishCategory Category, string Title, string Description, decimal EstimatedValue,
    string ResidentName, string ResidentPhone, string ResidentAddress, string? GridId = null, string? BuildingId = null,
    bool? WidenToStreet = null, string? ClientMutationId = null);

public sealed record ReviewWishInput(string WishId, bool Approve, string? Reason = null, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record PublishWishInput(string WishId, bool? WidenToStreet = null, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record ClaimWishInput(string WishId, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record ReleaseWishInput(string WishId, string? Reason = null, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record FulfilWishInput(string WishId, string Note, IReadOnlyList<string>? PhotoIds = null, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record ConfirmWishInput(string WishId, int Rating, string Thanks, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record DisputeWishInput(string WishId, string Reason, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record CancelWishInput(string WishId, string Reason, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record WidenWishInput(string WishId, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record SetWishSettingsInput(string CommunityId, int FulfilWithinDays, int OpenClaimLimit, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record PushWishInput(string WishId, int? Take = null);
