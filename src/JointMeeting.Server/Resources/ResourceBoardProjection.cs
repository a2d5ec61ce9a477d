using JointMeeting.Domain.Resources;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Resources;

public static class ResourceAggregates
{
    /// <summary>Stream "resource-{id}" (<see cref="Resource.StreamId"/>): capacity is checked in this one stream.</summary>
    public static readonly Aggregate<IResourceCommand, IResourceEvent, Resource, ResourceDecider> Resources =
        Aggregate.Of<IResourceCommand, IResourceEvent, Resource, ResourceDecider>("resource");
}

/// <summary>Inline: <c>resources_board</c> and the organisations' resource claims in <c>cycle_claim_facts</c>.</summary>
public sealed class ResourceBoardProjection()
    : DeciderProjection<IResourceCommand, IResourceEvent, Resource, ResourceDecider>("resources_board")
{
    protected override string IdOf(IResourceEvent e) => e.ResourceId;

    protected override Task SaveAsync(ProjectionContext ctx, Resource r, long version, IResourceEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO resources_board (id, unit_id, offered_to_id, district_id, street_id, community_id, kind, withdrawn, remaining,
                available_from, available_until, title, offered_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15)
            ON CONFLICT (id) DO UPDATE SET kind = $7, withdrawn = $8, remaining = $9, available_from = $10, available_until = $11,
                title = $12, updated_at = $13, version = $14, state = $15
            """, ct, r.Id, r.UnitId, r.OfferedTo.OwnerId, r.OfferedTo.DistrictId, Sql.Text(r.OfferedTo.StreetId),
            Sql.Text(r.OfferedTo.CommunityId), r.Draft.Kind.ToString(), r.IsWithdrawn, r.Remaining, r.Draft.AvailableFrom,
            r.Draft.AvailableUntil, r.Draft.Title, e.At, version, Sql.Jsonb(StateJson.Serialize(r)));

    protected override Task OnEventAsync(ProjectionContext ctx, IResourceEvent e, Resource? before, Resource after, CancellationToken ct) => e switch
    {
        ResourceClaimed c => ClaimFacts.AddAsync(ctx, "Resource", c.ResourceId, c.ClaimId, after.UnitId, c.ClaimingOrg, c.At, c.By, ct),
        ResourceClaimConfirmed c => ClaimFacts.SetStatusAsync(ctx, "Resource", c.ResourceId, c.ClaimId, "Confirmed", ct),
        ResourceClaimDeclined c => ClaimFacts.SetStatusAsync(ctx, "Resource", c.ResourceId, c.ClaimId, "Declined", ct),
        ResourceClaimCancelled c => ClaimFacts.SetStatusAsync(ctx, "Resource", c.ResourceId, c.ClaimId, "Cancelled", ct),
        ResourceUsed c => ClaimFacts.SetStatusAsync(ctx, "Resource", c.ResourceId, c.ClaimId, "Fulfilled", ct),
        _ => Task.CompletedTask,
    };
}
