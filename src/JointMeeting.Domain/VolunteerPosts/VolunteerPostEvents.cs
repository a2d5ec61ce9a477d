using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>Marker for the events of one post stream (stream id: <see cref="VolunteerPostStream.Id"/>).</summary>
public interface IVolunteerPostEvent
{
    string PostId { get; }
}

public static class VolunteerPostStream
{
    /// <summary>All slots live in the post's one stream, so its version makes claims capacity-safe.</summary>
    public static string Id(string postId) => $"volunteer-post-{postId}";
}

public sealed record VolunteerPostPublished(
    string PostId, OrgPath Community, bool WidenedToStreet, string Title, string Place, VolunteerPostCategory Category,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Slots, string? Description, string By, DateTimeOffset At) : IVolunteerPostEvent;

/// <summary>The member is the actor, so MemberId doubles as By (same for cancel, check-in, check-out).</summary>
public sealed record VolunteerSlotClaimed(string PostId, string MemberId, DateTimeOffset At) : IVolunteerPostEvent;

public sealed record VolunteerSlotCancelled(string PostId, string MemberId, DateTimeOffset At) : IVolunteerPostEvent;

public sealed record VolunteerCheckedIn(string PostId, string MemberId, DateTimeOffset At) : IVolunteerPostEvent;

/// <summary>Carries the counted hours (and the category) so the points projection needs nothing else.</summary>
public sealed record VolunteerCheckedOut(
    string PostId, string MemberId, DateTimeOffset CheckedInAt, decimal Hours, VolunteerPostCategory Category, DateTimeOffset At)
    : IVolunteerPostEvent;

public sealed record VolunteerNoShowMarked(string PostId, string MemberId, string By, DateTimeOffset At) : IVolunteerPostEvent;

public sealed record VolunteerPostClosed(string PostId, string? Reason, string By, DateTimeOffset At) : IVolunteerPostEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class VolunteerPostEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(VolunteerPostPublished), "volunteer-post.published"),
        (typeof(VolunteerSlotClaimed), "volunteer-post.slot-claimed"),
        (typeof(VolunteerSlotCancelled), "volunteer-post.slot-cancelled"),
        (typeof(VolunteerCheckedIn), "volunteer-post.checked-in"),
        (typeof(VolunteerCheckedOut), "volunteer-post.checked-out"),
        (typeof(VolunteerNoShowMarked), "volunteer-post.no-show-marked"),
        (typeof(VolunteerPostClosed), "volunteer-post.closed"),
    ];
}
