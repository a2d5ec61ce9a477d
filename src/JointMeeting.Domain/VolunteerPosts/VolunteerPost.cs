using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

public enum VolunteerPostStatus { Open, Closed }

/// <summary>One member's slot and what they did with it.</summary>
public sealed record VolunteerSlot(string MemberId, DateTimeOffset ClaimedAt)
{
    public DateTimeOffset? CheckedInAt { get; init; }
    public DateTimeOffset? CheckedOutAt { get; init; }
    public decimal? Hours { get; init; }
    public bool NoShow { get; init; }
}

/// <summary>State of one volunteer post, folded from its events.</summary>
public sealed record VolunteerPost(
    string PostId, OrgPath Community, bool WidenedToStreet, string Title, string Place, VolunteerPostCategory Category,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Slots, string? Description, VolunteerPostStatus Status)
{
    /// <summary>Holders in claim order; a cancelled slot leaves the list and frees its place.</summary>
    public IReadOnlyList<VolunteerSlot> Holders { get; init; } = [];

    public int SlotsTaken => Holders.Count;
    public int SlotsLeft => Math.Max(0, Slots - SlotsTaken);
    public bool IsFull => SlotsLeft == 0;
    public TimeSpan ScheduledLength => EndsAt - StartsAt;
    public DateTimeOffset CheckInOpensAt => StartsAt - VolunteerPostRules.CheckInOpensBefore;
    public DateTimeOffset CheckInClosesAt => StartsAt + VolunteerPostRules.CheckInClosesAfter;

    public VolunteerSlot? SlotOf(string memberId) => Holders.FirstOrDefault(h => h.MemberId == memberId);

    /// <summary>Holders the community may mark as no-show once the post has ended.</summary>
    public IEnumerable<VolunteerSlot> Absentees => Holders.Where(h => h.CheckedInAt is null && !h.NoShow);

    internal VolunteerPost WithSlot(string memberId, Func<VolunteerSlot, VolunteerSlot> change) =>
        this with { Holders = Holders.Select(h => h.MemberId == memberId ? change(h) : h).ToList() };
}
