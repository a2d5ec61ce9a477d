using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.EventStore;
using JointMeeting.Server.MicroWishes;
using Npgsql;

namespace JointMeeting.Server.VolunteerPosts;

/// <summary>Inline: <c>volunteer_posts</c> and <c>volunteer_slots</c>, read right after a claim or check-in.</summary>
public sealed class VolunteerPostProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var recorded in events)
        {
            if (recorded.Data is not IVolunteerPostEvent e) continue;
            await using var cmd = Command(ctx, e, recorded.Version);
            if (cmd is not null) await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct)
    {
        await using var cmd = ctx.CreateCommand("TRUNCATE volunteer_slots, volunteer_posts");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand? Command(ProjectionContext ctx, IVolunteerPostEvent e, long v) => e switch
    {
        VolunteerPostPublished p => WishCardProjection.Sql(ctx, """
            INSERT INTO volunteer_posts (id, district_id, street_id, community_id, widened, title, place, category, starts_at, ends_at,
                slots, description, status, version, published_by, published_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'Open', $13, $14, $15)
            ON CONFLICT (id) DO NOTHING
            """, p.PostId, p.Community.DistrictId, WishCardProjection.Text(p.Community.StreetId), p.Community.CommunityId!, p.WidenedToStreet,
            p.Title, p.Place, p.Category.ToString(), p.StartsAt, p.EndsAt, p.Slots, WishCardProjection.Text(p.Description), v, p.By, p.At),
        // One statement per event: the slot change and the post's counters/version together.
        VolunteerSlotClaimed c => WishCardProjection.Sql(ctx, """
            WITH slot AS (INSERT INTO volunteer_slots (post_id, member_id, claimed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1)
            UPDATE volunteer_posts SET slots_taken = slots_taken + (SELECT count(*) FROM slot), version = $4 WHERE id = $1
            """, c.PostId, c.MemberId, c.At, v),
        VolunteerSlotCancelled c => WishCardProjection.Sql(ctx, """
            WITH slot AS (DELETE FROM volunteer_slots WHERE post_id = $1 AND member_id = $2 RETURNING 1)
            UPDATE volunteer_posts SET slots_taken = slots_taken - (SELECT count(*) FROM slot), version = $3 WHERE id = $1
            """, c.PostId, c.MemberId, v),
        VolunteerCheckedIn c => Slot(ctx, "checked_in_at = $4", c.PostId, c.MemberId, v, c.At),
        VolunteerCheckedOut c => Slot(ctx, "checked_out_at = $4, hours = $5", c.PostId, c.MemberId, v, c.At, c.Hours),
        VolunteerNoShowMarked n => Slot(ctx, "no_show = true", n.PostId, n.MemberId, v),
        VolunteerPostClosed c => WishCardProjection.Sql(ctx, "UPDATE volunteer_posts SET status = 'Closed', closed_reason = $2, version = $3 WHERE id = $1",
            c.PostId, WishCardProjection.Text(c.Reason), v),
        _ => null,
    };

    /// <summary>$1 post, $2 member, $3 version, $4… values.</summary>
    private static NpgsqlCommand Slot(ProjectionContext ctx, string set, string postId, string memberId, long v, params object?[] values) =>
        WishCardProjection.Sql(ctx, $"""
            WITH slot AS (UPDATE volunteer_slots SET {set} WHERE post_id = $1 AND member_id = $2 RETURNING 1)
            UPDATE volunteer_posts SET version = $3 WHERE id = $1
            """, [postId, memberId, v, .. values]);
}
