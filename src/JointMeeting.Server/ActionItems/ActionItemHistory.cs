using JointMeeting.Domain.ActionItems;
using JointMeeting.EventStore;
using JointMeeting.Server.Accounts;

namespace JointMeeting.Server.ActionItems;

/// <summary>One line of an action item's history: who did what, when, with the progress it reached.</summary>
public sealed record ActionItemHistoryEntry(long Version, string Event, string Action, string? ById, string? ByName, DateTimeOffset At,
    int? Percent, string? Detail);

/// <summary>An action item's life read straight from its stream (the read model keeps only the latest state).</summary>
public sealed class ActionItemHistory(PostgresEventStore store, IPeopleDirectory people)
{
    public async Task<IReadOnlyList<ActionItemHistoryEntry>> OfAsync(string actionItemId, CancellationToken ct)
    {
        var events = await store.ReadStreamAsync(ActionItemAggregates.Items.StreamId(actionItemId), 1, ct);
        var entries = events.Select(Entry).ToList();
        // One directory lookup for the whole list, not one per line.
        var names = await people.FindManyAsync(entries.Select(e => e.ById).OfType<string>().Distinct(), ct);
        return entries.Select(e => e.ById is { } id && names.TryGetValue(id, out var p) ? e with { ByName = p.DisplayName } : e).ToList();
    }

    private static ActionItemHistoryEntry Entry(RecordedEvent r)
    {
        var (action, by, at, percent, detail) = r.Data switch
        {
            ActionItemCreated e => ("生成督办事项", e.By, e.At, (int?)0, (string?)$"责任：{e.Owner.Name}；时限：{e.DueDate:yyyy-MM-dd}"),
            ActionItemProgressUpdated e => ("更新进度", e.By, e.At, e.Percent, e.Note),
            ActionItemCompleted e => (e.Late ? "逾期办结" : "办结", e.By, e.At, 100, e.Note),
            ActionItemDropped e => ("撤销", e.By, e.At, null, e.Reason),
            ActionItemReminderSent e => ("到期提醒", e.By, e.At, null, $"时限 {e.DueDate:yyyy-MM-dd}，已提醒{e.Owner.Name}"),
            ActionItemEscalated e => ("逾期上报召集人", e.By, e.At, null, $"已逾期{e.DaysOverdue}天"),
            ActionItemCarriedOver e => ("转入下次会议", e.By, e.At, null, null),
            ActionItemReviewed e => ("会议评议", e.By, e.At, null, Review(e)),
            _ => (r.TypeName, r.Metadata.Actor, r.Timestamp, null, null),
        };
        return new ActionItemHistoryEntry(r.Version, r.TypeName, action, by is null or "system" ? null : by, null, at, percent, detail);
    }

    private static string Review(ActionItemReviewed e)
    {
        var outcome = e.Outcome switch { ReviewOutcome.Done => "按时办结", ReviewOutcome.Late => "逾期", _ => "撤销" };
        return string.IsNullOrWhiteSpace(e.Note) ? $"{outcome}；群众满意度{e.Satisfaction}分" : $"{outcome}；群众满意度{e.Satisfaction}分；{e.Note}";
    }
}
