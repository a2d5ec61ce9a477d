using JointMeeting.Domain.Needs;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Needs;

public static class NeedAggregates
{
    /// <summary>Stream "need-{id}" (<see cref="Need.StreamId"/>).</summary>
    public static readonly Aggregate<INeedCommand, INeedEvent, Need, NeedDecider> Needs =
        Aggregate.Of<INeedCommand, INeedEvent, Need, NeedDecider>("need");
}

/// <summary>Inline: <c>needs_board</c> (boards re-read right after a claim) and the need claims of <c>cycle_claim_facts</c>.</summary>
public sealed class NeedBoardProjection() : DeciderProjection<INeedCommand, INeedEvent, Need, NeedDecider>("needs_board")
{
    protected override string IdOf(INeedEvent e) => e.NeedId;

    protected override Task SaveAsync(ProjectionContext ctx, Need n, long version, INeedEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO needs_board (id, owner_id, district_id, street_id, community_id, status, category, urgency, deadline, title,
                posted_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13)
            ON CONFLICT (id) DO UPDATE SET status = $6, category = $7, urgency = $8, deadline = $9, title = $10,
                updated_at = $11, version = $12, state = $13
            """, ct, n.Id, n.Owner.OwnerId, n.Owner.DistrictId, Sql.Text(n.Owner.StreetId), Sql.Text(n.Owner.CommunityId),
            n.Status.ToString(), n.Draft.Category.ToString(), n.Draft.Urgency.ToString(), n.Draft.Deadline, n.Draft.Title,
            e.At, version, Sql.Jsonb(StateJson.Serialize(n)));

    protected override IReadOnlyList<string> Tables => ["needs_board"];

    protected override async Task OnEventAsync(ProjectionContext ctx, INeedEvent e, Need? before, Need after, CancellationToken ct)
    {
        switch (e)
        {
            case NeedClaimed c:
                await ClaimFacts.AddAsync(ctx, "Need", c.NeedId, c.ClaimId, c.UnitId, after.Owner, c.At, c.By, ct);
                break;
            case NeedClaimConfirmed c:
                await ClaimFacts.SetStatusAsync(ctx, "Need", c.NeedId, c.ClaimId, "Confirmed", ct);
                break;
            case NeedClaimDeclined c:
                await ClaimFacts.SetStatusAsync(ctx, "Need", c.NeedId, c.ClaimId, "Declined", ct);
                break;
            case NeedClaimWithdrawn c:
                await ClaimFacts.SetStatusAsync(ctx, "Need", c.NeedId, c.ClaimId, "Withdrawn", ct);
                break;
        }
    }
}
