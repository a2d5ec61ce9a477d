namespace JointMeeting.Domain.Points;

/// <summary>What earns points (DOMAIN.md §6): three ways for members, three for units.</summary>
public enum PointSource { ConfirmedWish, VolunteerHours, ActionItemDone, UnitClaimCompleted, UnitResourceUsed, UnitAttendance }

/// <summary>
/// One point-earning fact, built by the async points projection from events of other streams.
/// OwnerId is a member's person id or a unit id; (Source, SourceId) identifies the fact, so a
/// replayed fact is counted once.
/// </summary>
public abstract record PointFact(string OwnerId, string SourceId, DateTimeOffset At, string? Title)
{
    public abstract PointSource Source { get; }
}

/// <summary>From WishConfirmed: the claimant earns points, more for a top rating.</summary>
public sealed record ConfirmedWishFact(string MemberId, string WishId, DateTimeOffset ConfirmedAt, int Rating, string? Title = null)
    : PointFact(MemberId, WishId, ConfirmedAt, Title)
{
    public override PointSource Source => PointSource.ConfirmedWish;
}

/// <summary>From VolunteerCheckedOut: the hours already rounded by the post's rules.</summary>
public sealed record VolunteerHoursFact(string MemberId, string PostId, DateTimeOffset CheckedOutAt, decimal Hours, string? Title = null)
    : PointFact(MemberId, PostId, CheckedOutAt, Title)
{
    public override PointSource Source => PointSource.VolunteerHours;
}

/// <summary>An action item (督办事项) done by its owner, a member or a unit.</summary>
public sealed record ActionItemDoneFact(string OwnerId, string ActionItemId, DateTimeOffset DoneAt, string? Title = null)
    : PointFact(OwnerId, ActionItemId, DoneAt, Title)
{
    public override PointSource Source => PointSource.ActionItemDone;
}

/// <summary>A need or project the unit claimed, completed. Kind is the word users see: "需求" or "项目".</summary>
public sealed record UnitClaimCompletedFact(string UnitId, string ClaimId, DateTimeOffset CompletedAt, string Kind, string? Title = null)
    : PointFact(UnitId, ClaimId, CompletedAt, Title)
{
    public override PointSource Source => PointSource.UnitClaimCompleted;
}

/// <summary>One of the unit's resources used by a community (a confirmed resource claim).</summary>
public sealed record UnitResourceUsedFact(string UnitId, string ResourceClaimId, DateTimeOffset UsedAt, string? Title = null)
    : PointFact(UnitId, ResourceClaimId, UsedAt, Title)
{
    public override PointSource Source => PointSource.UnitResourceUsed;
}

/// <summary>The unit attended a joint meeting (signed in).</summary>
public sealed record UnitAttendanceFact(string UnitId, string MeetingId, DateTimeOffset AttendedAt, string? Title = null)
    : PointFact(UnitId, MeetingId, AttendedAt, Title)
{
    public override PointSource Source => PointSource.UnitAttendance;
}
