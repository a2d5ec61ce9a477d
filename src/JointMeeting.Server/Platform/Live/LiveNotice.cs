using JointMeeting.EventStore;

namespace JointMeeting.Server.Platform.Live;

/// <summary>
/// A small "something changed" message pushed to a SignalR group; clients refetch through GraphQL, where
/// authorization applies, so a notice carries ids only and never personal data.
/// </summary>
/// <param name="Group">e.g. "org:{communityId}", "person:{personId}", "meeting:{meetingId}".</param>
/// <param name="Kind">What changed, e.g. "wish", "meeting", "need".</param>
/// <param name="Id">The changed thing's id.</param>
/// <param name="Event">The event's stable type name, e.g. "wish.claimed".</param>
/// <param name="Version">The thing's version after the change (clients skip refetching when they already have it).</param>
public sealed record LiveNotice(string Group, string Kind, string? Id, string Event, long Version);

/// <summary>Groups every live notice goes to. Group names are the contract with the web client.</summary>
public static class LiveGroups
{
    public static string Organisation(string id) => $"org:{id}";
    public static string Person(string id) => $"person:{id}";
    public static string Meeting(string id) => $"meeting:{id}";
    public static string Committee(string id) => $"committee:{id}";
}

/// <summary>
/// A feature's rule for which groups hear about one of its events. Registered per feature
/// (<c>services.AddLiveNotices&lt;WishNotices&gt;()</c>); events nobody maps produce no notice.
/// </summary>
public interface ILiveNoticeMapper
{
    IEnumerable<LiveNotice> Map(RecordedEvent recorded);
}
