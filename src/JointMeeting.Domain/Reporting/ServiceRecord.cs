namespace JointMeeting.Domain.Reporting;

/// <summary>A calendar quarter (按季度): the period 双报告 reports back on.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public override string ToString() => $"{Year}-Q{Number}";
}

/// <summary>What a line of the record came from.</summary>
public enum ServiceEntryKind { WishFulfilled, VolunteerHours, ActionItemDone, PointsAwarded }

/// <summary>One line: the source event's stream id keeps it traceable and lets a rebuild skip duplicates.</summary>
public sealed record ServiceEntry(ServiceEntryKind Kind, string SourceId, string Title, DateTimeOffset At, decimal Hours, int Points);

/// <summary>
/// 双报告: a member's service in one quarter, reported to their unit's Party organisation (visible to
/// the UnitContact, sent by email). A read model, filled by a projection from other features' events:
/// wish.confirmed (MicroWishes: WishesFulfilled, an entry), volunteer-post.checked-out (VolunteerPosts:
/// Hours), the Points feature's awards (Points), action items done (ActionItems). UnitId and
/// CommunityId come from member-reporting.approved/ended, as they were during the quarter.
/// </summary>
public sealed record ServiceRecord(
    string PersonId, Quarter Quarter, string? UnitId, string? CommunityId,
    int WishesFulfilled, decimal VolunteerHours, int Points, IReadOnlyList<ServiceEntry> Entries)
{
    public static ServiceRecord Empty(string personId, Quarter quarter, string? unitId, string? communityId) =>
        new(personId, quarter, unitId, communityId, 0, 0, 0, []);

    /// <summary>Adds a line once (a replayed event with the same kind and source changes nothing).</summary>
    public ServiceRecord Add(ServiceEntry entry)
    {
        if (Entries.Any(e => e.Kind == entry.Kind && e.SourceId == entry.SourceId)) return this;
        return this with
        {
            WishesFulfilled = WishesFulfilled + (entry.Kind == ServiceEntryKind.WishFulfilled ? 1 : 0),
            VolunteerHours = VolunteerHours + entry.Hours,
            Points = Points + entry.Points,
            Entries = [.. Entries, entry],
        };
    }
}
