using System.Collections.Concurrent;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Live;
using Npgsql;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// Live notices for wishes: every wall of the wish's community ("org:{communityId}"), the street's when it is
/// widened, and the member whose claim it concerns ("person:{id}"). Later events name only the wish, so where
/// it lives is remembered from its first events (or read once from wish_cards after a restart).
/// </summary>
public sealed class WishNotices(NpgsqlDataSource db) : ILiveNoticeMapper
{
    private sealed record Place(string CommunityId, string? StreetId, bool Widened);

    private readonly ConcurrentDictionary<string, Place> _places = new();

    public IEnumerable<LiveNotice> Map(RecordedEvent recorded)
    {
        switch (recorded.Data)
        {
            case WishSettingsChanged s:
                return [new LiveNotice(LiveGroups.Organisation(s.CommunityId), "wish-settings", s.CommunityId, recorded.TypeName, recorded.Version)];
            case WishPushed p:
                return p.Members.Select(m => new LiveNotice(LiveGroups.Person(m.PersonId), "wish-push", p.WishId, recorded.TypeName, recorded.Version)).ToList();
            case IWishEvent e:
                return Notices(e, recorded);
            default:
                return [];
        }
    }

    private List<LiveNotice> Notices(IWishEvent e, RecordedEvent recorded)
    {
        var place = e switch
        {
            WishSubmitted s => _places[s.WishId] = new Place(s.Community.CommunityId!, s.Community.StreetId, s.WidenedToStreet),
            WishPublished p => Remember(p.WishId, w => w with { Widened = p.WidenedToStreet }),
            WishWidenedToStreet w => Remember(w.WishId, x => x with { Widened = true }),
            _ => Find(e.WishId),
        };
        var notices = new List<LiveNotice>(3);
        void Add(string group) => notices.Add(new LiveNotice(group, "wish", e.WishId, recorded.TypeName, recorded.Version));
        if (place is not null)
        {
            Add(LiveGroups.Organisation(place.CommunityId));
            if (place.Widened && place.StreetId is not null) Add(LiveGroups.Organisation(place.StreetId));
        }
        var member = e switch
        {
            WishClaimed c => c.MemberId,
            WishClaimReminded r => r.MemberId,
            WishReleased r => r.MemberId,
            WishClaimExpired x => x.MemberId,
            WishFulfilled f => f.MemberId,
            WishConfirmed c => c.MemberId,
            WishDisputed d => d.MemberId,
            _ => null,
        };
        if (member is not null) Add(LiveGroups.Person(member));
        return notices;
    }

    private Place? Remember(string wishId, Func<Place, Place> change)
    {
        var place = Find(wishId);
        return place is null ? null : _places[wishId] = change(place);
    }

    private Place? Find(string wishId)
    {
        if (_places.TryGetValue(wishId, out var known)) return known;
        // The row commits with the event (inline projection), so it is there when the feed hands us the event.
        using var cmd = db.CreateCommand("SELECT community_id, street_id, widened FROM wish_cards WHERE id = $1");
        cmd.Parameters.Add(new() { Value = wishId });
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return _places[wishId] = new Place(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetBoolean(2));
    }
}
