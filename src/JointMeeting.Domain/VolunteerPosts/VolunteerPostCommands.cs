using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>Every volunteer post command names its post and carries who and when.</summary>
public interface IVolunteerPostCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string PostId { get; }
}

/// <summary>Community is the whole path so the street and district above may publish too.</summary>
public sealed record PublishVolunteerPost(
    Actor Actor, DateTimeOffset Now, string PostId, OrgPath Community, bool WidenToStreet,
    string Title, string Place, VolunteerPostCategory Category, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int Slots, string? Description = null) : IVolunteerPostCommand;

/// <summary>Reporting: the claimant's approved 双报到 (null when none), loaded by the server.</summary>
public sealed record ClaimVolunteerSlot(Actor Actor, DateTimeOffset Now, string PostId, ApprovedReporting? Reporting) : IVolunteerPostCommand;

/// <summary>The actor gives back their own slot, before the start.</summary>
public sealed record CancelVolunteerSlot(Actor Actor, DateTimeOffset Now, string PostId) : IVolunteerPostCommand;

public sealed record CheckInVolunteer(Actor Actor, DateTimeOffset Now, string PostId) : IVolunteerPostCommand;

public sealed record CheckOutVolunteer(Actor Actor, DateTimeOffset Now, string PostId) : IVolunteerPostCommand;

/// <summary>After the end, the community marks a slot holder who never checked in.</summary>
public sealed record MarkVolunteerNoShow(Actor Actor, DateTimeOffset Now, string PostId, string MemberId) : IVolunteerPostCommand;

/// <summary>No more claims or check-ins; check-outs of those on site still count.</summary>
public sealed record CloseVolunteerPost(Actor Actor, DateTimeOffset Now, string PostId, string? Reason = null) : IVolunteerPostCommand;
