using System.Collections.Concurrent;
using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Live;
using Npgsql;

namespace JointMeeting.Server.VolunteerPosts;

/// <summary>Post changes to the community (and street, when widened) and to the member whose slot changed.</summary>
public sealed class VolunteerPostNotices(NpgsqlDataSource db) : ILiveNoticeMapper
{
    private readonly ConcurrentDictionary<string, (string Community, string? Street, bool Widened)> _places = new();

    public IEnumerable<LiveNotice> Map(RecordedEvent recorded)
    {
        if (recorded.Data is not IVolunteerPostEvent e) return [];
        if (e is VolunteerPostPublished p) _places[p.PostId] = (p.Community.CommunityId!, p.Community.StreetId, p.WidenedToStreet);
        var notices = new List<LiveNotice>(3);
        void Add(string group) => notices.Add(new LiveNotice(group, "volunteer-post", e.PostId, recorded.TypeName, recorded.Version));
        if (Find(e.PostId) is { } place)
        {
            Add(LiveGroups.Organisation(place.Community));
            if (place.Widened && place.Street is not null) Add(LiveGroups.Organisation(place.Street));
        }
        var member = e switch
        {
            VolunteerSlotClaimed c => c.MemberId,
            VolunteerSlotCancelled c => c.MemberId,
            VolunteerCheckedIn c => c.MemberId,
            VolunteerCheckedOut c => c.MemberId,
            VolunteerNoShowMarked n => n.MemberId,
            _ => null,
        };
        if (member is not null) Add(LiveGroups.Person(member));
        return notices;
    }

    private (string Community, string? Street, bool Widened)? Find(string postId)
    {
        if (_places.TryGetValue(postId, out var known)) return known;
        using var cmd = db.CreateCommand("SELECT community_id, street_id, widened FROM volunteer_posts WHERE id = $1");
        cmd.Parameters.Add(new() { Value = postId });
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return _places[postId] = (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetBoolean(2));
    }
}
