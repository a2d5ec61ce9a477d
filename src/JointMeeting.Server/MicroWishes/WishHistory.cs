using JointMeeting.Domain.MicroWishes;
using JointMeeting.EventStore;

namespace JointMeeting.Server.MicroWishes;

/// <summary>One line of a wish's history: who did what, when (read straight from the wish's stream).</summary>
public sealed record WishHistoryEntry(long Version, string Event, string Action, string? ById, DateTimeOffset At, string? Detail);

public sealed class WishHistory(PostgresEventStore store)
{
    public async Task<IReadOnlyList<WishHistoryEntry>> OfAsync(string wishId, CancellationToken ct)
    {
        var events = await store.ReadStreamAsync(WishAggregates.Wishes.StreamId(wishId), 1, ct);
        return events.Select(Entry).ToList();
    }

    private static WishHistoryEntry Entry(RecordedEvent r)
    {
        var (action, by, at, detail) = r.Data switch
        {
            WishSubmitted e => ("提交心愿", e.By, e.At, (string?)$"{e.Category.Label()} · 预估{e.EstimatedValue:0.##}元"),
            WishPublished e => ("审核通过并发布", e.By, e.At, e.WidenedToStreet ? "面向全街道" : null),
            WishRejected e => ("驳回", e.By, e.At, e.Reason),
            WishClaimed e => ("认领", e.MemberId, e.ClaimedAt, $"须于{WishMail.Local(e.DueAt)}前完成"),
            WishClaimReminded e => ("到期提醒", "system", e.At, $"将于{WishMail.Local(e.DueAt)}到期"),
            WishReleased e => ("放弃认领", e.By, e.At, e.Reason),
            WishClaimExpired e => ("逾期自动释放", e.By, e.At, $"已于{WishMail.Local(e.DueAt)}到期"),
            WishFulfilled e => ("登记完成", e.MemberId, e.At, e.Photos.Count > 0 ? $"{e.Note}（照片{e.Photos.Count}张）" : e.Note),
            WishConfirmed e => ("确认办结", e.By, e.At, $"评价{e.Rating}星：{e.Thanks}"),
            WishDisputed e => ("退回重做", e.By, e.At, e.Reason),
            WishWidenedToStreet e => ("扩大到全街道", e.By, e.At, null),
            WishCancelled e => ("取消", e.By, e.At, e.Reason),
            _ => (r.TypeName, r.Metadata.Actor, r.Timestamp, null),
        };
        return new WishHistoryEntry(r.Version, r.TypeName, action, by == "system" ? null : by ?? r.Metadata.Actor, at, detail);
    }
}
