using System.Text.Json;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// Inline: <c>wish_cards</c> is what walls, "my claims" and the claim facts read right after a write, so it
/// commits with the events. One statement per event (a claim is one UPDATE), keyed by the wish id, deferred so it
/// travels with the append's other queued writes instead of costing a round trip of its own.
/// </summary>
public sealed class WishCardProjection : IInlineProjection
{
    public Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var recorded in events)
            if (recorded.Data is IWishEvent e) Queue(ctx, e, recorded.Version);
        return Task.CompletedTask;
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct)
    {
        await using var cmd = ctx.CreateCommand("TRUNCATE wish_cards");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static NpgsqlBatchCommand? Queue(ProjectionContext ctx, IWishEvent e, long version) => e switch
    {
        WishSubmitted s => Deferred(ctx, """
            INSERT INTO wish_cards (id, district_id, street_id, community_id, widened, category, title, description, estimated_value,
                resident_name, resident_phone, resident_address, grid_id, building_id, status, version, submitted_by, submitted_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'Submitted', $15, $16, $17, $17)
            ON CONFLICT (id) DO NOTHING
            """, s.WishId, s.Community.DistrictId, Text(s.Community.StreetId), s.Community.CommunityId!, s.WidenedToStreet,
            s.Category.ToString(), s.Title, s.Description, s.EstimatedValue, s.Resident.Name, s.Resident.Phone, s.Resident.Address,
            Text(s.Grid), Text(s.Building), version, s.By, s.At),
        WishPublished p => Update(ctx, "status = 'Published', published_at = $3, widened = $4", p.WishId, version, p.At, p.WidenedToStreet),
        WishRejected r => Update(ctx, "status = 'Rejected', closing_reason = $4", r.WishId, version, r.At, r.Reason),
        WishClaimed c => Update(ctx, "status = 'Claimed', claimant_id = $4, claimed_at = $3, due_at = $5, reminded = false",
            c.WishId, version, c.ClaimedAt, c.MemberId, c.DueAt),
        WishClaimReminded r => Update(ctx, "reminded = true", r.WishId, version, r.At),
        WishReleased r => Reopen(ctx, r.WishId, version, r.At),
        WishClaimExpired x => Reopen(ctx, x.WishId, version, x.At),
        WishFulfilled f => Update(ctx, "status = 'Fulfilled', fulfil_note = $4, fulfil_photos = $5, fulfilled_at = $3",
            f.WishId, version, f.At, f.Note, Jsonb(f.Photos)),
        WishConfirmed c => Update(ctx, "status = 'Closed', rating = $4, thanks = $5, confirmed_at = $3",
            c.WishId, version, c.At, c.Rating, c.Thanks),
        // Back to the claimant with a fresh due time; the rejected fulfilment is kept only in the history.
        WishDisputed d => Update(ctx, "status = 'Claimed', due_at = $4, reminded = false, fulfil_note = NULL, fulfil_photos = NULL, fulfilled_at = NULL",
            d.WishId, version, d.At, d.DueAt),
        WishWidenedToStreet w => Update(ctx, "widened = true", w.WishId, version, w.At),
        WishCancelled c => Update(ctx, "status = 'Cancelled', closing_reason = $4, claimant_id = NULL, claimed_at = NULL, due_at = NULL",
            c.WishId, version, c.At, c.Reason),
        _ => null,
    };

    private static NpgsqlBatchCommand Reopen(ProjectionContext ctx, string wishId, long version, DateTimeOffset at) =>
        Update(ctx, "status = 'Published', claimant_id = NULL, claimed_at = NULL, due_at = NULL, reminded = false", wishId, version, at);

    /// <summary>$1 id, $2 version, $3 time, $4… the extra values.</summary>
    private static NpgsqlBatchCommand Update(ProjectionContext ctx, string set, string wishId, long version, DateTimeOffset at, params object?[] values) =>
        Deferred(ctx, $"UPDATE wish_cards SET {set}, version = $2, updated_at = $3 WHERE id = $1", [wishId, version, at, .. values]);

    private static NpgsqlBatchCommand Deferred(ProjectionContext ctx, string sql, params object?[] values)
    {
        var cmd = ctx.Defer(sql);
        foreach (var v in values) cmd.Parameters.Add(Parameter(v));
        return cmd;
    }

    internal static NpgsqlCommand Sql(ProjectionContext ctx, string sql, params object?[] values)
    {
        var cmd = ctx.CreateCommand(sql);
        foreach (var v in values) cmd.Parameters.Add(Parameter(v));
        return cmd;
    }

    private static NpgsqlParameter Parameter(object? v) => v switch
    {
        NpgsqlParameter p => p,
        // timestamptz takes UTC only; seeded and deserialised times may carry +08:00
        DateTimeOffset t => new NpgsqlParameter { Value = t.ToUniversalTime() },
        null => new NpgsqlParameter { Value = DBNull.Value },
        _ => new NpgsqlParameter { Value = v },
    };

    internal static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Jsonb(IReadOnlyList<WishPhoto> photos) =>
        new() { Value = JsonSerializer.Serialize(photos, Json), NpgsqlDbType = NpgsqlDbType.Jsonb };
}

/// <summary>Inline: the settings row the claim path reads.</summary>
public sealed class WishSettingsProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var recorded in events)
        {
            if (recorded.Data is not WishSettingsChanged e) continue;
            await using var cmd = WishCardProjection.Sql(ctx, """
                INSERT INTO wish_settings (community_id, fulfil_within_days, open_claim_limit, version, updated_by, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (community_id) DO UPDATE SET fulfil_within_days = $2, open_claim_limit = $3, version = $4, updated_by = $5, updated_at = $6
                """, e.CommunityId, e.FulfilWithinDays, e.OpenClaimLimit, recorded.Version, e.By, e.At);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct)
    {
        await using var cmd = ctx.CreateCommand("TRUNCATE wish_settings");
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
