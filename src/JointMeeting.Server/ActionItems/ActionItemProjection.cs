using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.ActionItems;

public static class ActionItemAggregates
{
    /// <summary>Stream "action-item-{id}" (<see cref="ActionItem.StreamId"/>).</summary>
    public static readonly Aggregate<IActionItemCommand, IActionItemEvent, ActionItem, ActionItemDecider> Items =
        Aggregate.Of<IActionItemCommand, IActionItemEvent, ActionItem, ActionItemDecider>("action-item");
}

/// <summary>Inline: <c>action_items</c>, with the committee taken from the meeting row (same transaction order: meetings come first).</summary>
public sealed class ActionItemProjection()
    : DeciderProjection<IActionItemCommand, IActionItemEvent, ActionItem, ActionItemDecider>("action_items")
{
    protected override string IdOf(IActionItemEvent e) => e.ActionItemId;

    protected override async Task SaveAsync(ProjectionContext ctx, ActionItem a, long version, IActionItemEvent e, CancellationToken ct)
    {
        string committeeId;
        await using (var find = Sql.Command(ctx, "SELECT committee_id FROM meetings WHERE id = $1", a.MeetingId))
            committeeId = await find.ExecuteScalarAsync(ct) as string ?? "";
        await Sql.ExecuteAsync(ctx, """
            INSERT INTO action_items (id, meeting_id, committee_id, district_id, street_id, community_id, owner_kind, owner_id, status,
                due_date, next_check_on, escalated, title, created_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16)
            ON CONFLICT (id) DO UPDATE SET status = $9, next_check_on = $11, escalated = $12, updated_at = $14, version = $15, state = $16
            """, ct, a.Id, a.MeetingId, committeeId, a.CommitteePath.DistrictId, Sql.Text(a.CommitteePath.StreetId),
            Sql.Text(a.CommitteePath.CommunityId), a.Owner.Kind.ToString(), a.Owner.Id, a.Status.ToString(), a.DueDate,
            (object?)a.NextCheckOn, a.Escalated, a.Title, e.At, version, Sql.Jsonb(StateJson.Serialize(a)));
    }
}
