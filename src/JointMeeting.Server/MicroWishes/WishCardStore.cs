using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.MicroWishes;

/// <summary>One row of <c>wish_cards</c>: everything a wall shows. Resident fields are raw here; only WishReadPolicy hands them out.</summary>
public sealed record WishCard(
    string Id, OrgPath Community, bool Widened, WishCategory Category, string Title, string Description, decimal EstimatedValue,
    ResidentContact Resident, string? GridId, string? BuildingId, WishStatus Status, long Version,
    string SubmittedBy, DateTimeOffset SubmittedAt, DateTimeOffset? PublishedAt,
    string? ClaimantId, DateTimeOffset? ClaimedAt, DateTimeOffset? DueAt, bool Reminded,
    string? FulfilNote, IReadOnlyList<WishPhoto> Photos, DateTimeOffset? FulfilledAt,
    int? Rating, string? Thanks, DateTimeOffset? ConfirmedAt, string? ClosingReason, DateTimeOffset UpdatedAt)
{
    /// <summary>The card as the domain's state, so the domain's privacy and visibility rules decide about it.</summary>
    public Wish ToWish() => new(Id, Community, Widened, Category, Title, Description, EstimatedValue, Resident, GridId, BuildingId, SubmittedAt, Status)
    {
        PublishedAt = PublishedAt,
        Claim = ClaimantId is null ? null : new WishClaim(ClaimantId, ClaimedAt ?? SubmittedAt, DueAt ?? SubmittedAt, TimeSpan.Zero, Reminded),
    };

    /// <summary>The card after a command, from the decided state (saves re-reading the row the inline projection just wrote).</summary>
    public static WishCard FromState(Wish w, long version, string submittedBy, DateTimeOffset now) => new(
        w.WishId, w.Community, w.WidenedToStreet, w.Category, w.Title, w.Description, w.EstimatedValue, w.Resident, w.Grid, w.Building,
        w.Status, version, submittedBy, w.SubmittedAt, w.PublishedAt,
        w.Claim?.MemberId, w.Claim?.ClaimedAt, w.Status == WishStatus.Claimed ? w.Claim?.DueAt : null, w.Claim?.Reminded ?? false,
        w.Fulfilment?.Note, w.Fulfilment?.Photos ?? [], w.Fulfilment?.At,
        w.Confirmation?.Rating, w.Confirmation?.Thanks, w.Confirmation?.At, w.ClosingReason, now);

    public WishCandidate ToCandidate() => new(Id, Category, GridId, BuildingId, PublishedAt ?? SubmittedAt);
}

/// <summary>Open claims the claimant holds and the wish's community settings: the facts ClaimWish needs, in one query.</summary>
public sealed record ClaimCounts(string? CommunityId, int OpenClaims, CommunityWishSettings Settings);

/// <summary>Reads of <c>wish_cards</c> and <c>wish_settings</c>.</summary>
public sealed class WishCardStore(NpgsqlDataSource db)
{
    private const string Columns = """
        w.id, w.district_id, w.street_id, w.community_id, w.widened, w.category, w.title, w.description, w.estimated_value, w.resident_name,
        w.resident_phone, w.resident_address, w.grid_id, w.building_id, w.status, w.version, w.submitted_by, w.submitted_at, w.published_at, w.claimant_id,
        w.claimed_at, w.due_at, w.reminded, w.fulfil_note, w.fulfil_photos, w.fulfilled_at, w.rating, w.thanks, w.confirmed_at, w.closing_reason, w.updated_at
        """;
    private const string From = "wish_cards w";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WishCard?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM {From} WHERE w.id = $1", ct, id)).FirstOrDefault();

    public async Task<IReadOnlyDictionary<string, WishCard>> FindManyAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM {From} WHERE w.id = ANY($1)", ct, (object)ids.ToArray())).ToDictionary(c => c.Id);

    /// <summary>
    /// A community's wall, newest first; <paramref name="status"/> null means every status. With
    /// <paramref name="streetWideOf"/> (the community's street), published wishes other communities widened to it come too.
    /// </summary>
    public Task<IReadOnlyList<WishCard>> OfCommunityAsync(string communityId, WishStatus? status, string? streetWideOf, CancellationToken ct)
    {
        var widened = streetWideOf is not null && status is (null or WishStatus.Published)
            ? " OR (w.widened AND w.street_id = $3 AND w.status = 'Published')"
            : "";
        var sql = $"""
            SELECT {Columns} FROM {From}
            WHERE (w.community_id = $1 AND ($2::text IS NULL OR w.status = $2)){widened}
            ORDER BY w.submitted_at DESC, w.id LIMIT 500
            """;
        return widened.Length > 0
            ? QueryAsync(sql, ct, communityId, (object?)status?.ToString() ?? DBNull.Value, streetWideOf!)
            : QueryAsync(sql, ct, communityId, (object?)status?.ToString() ?? DBNull.Value);
    }

    /// <summary>Published wishes a member of this community (or, when widened, of its street) may claim.</summary>
    public Task<IReadOnlyList<WishCard>> ClaimableForAsync(string communityId, string streetId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM {From}
            WHERE status = 'Published' AND (community_id = $1 OR (widened AND street_id = $2))
            ORDER BY published_at, w.id LIMIT 500
            """, ct, communityId, streetId);

    /// <summary>What a member claimed and has not had released: open, fulfilled and closed.</summary>
    public Task<IReadOnlyList<WishCard>> ClaimsOfAsync(string memberId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM {From}
            WHERE claimant_id = $1 AND status IN ('Claimed', 'Fulfilled', 'Closed')
            ORDER BY claimed_at DESC, w.id LIMIT 500
            """, ct, memberId);

    /// <summary>The card, the claimant's open claims and the wish's community settings in one round trip (the claim's hot path).</summary>
    public Task<(WishCard? Card, ClaimCounts Counts)> FindForClaimAsync(string memberId, string wishId, CancellationToken ct) =>
        ClaimFactsRead(memberId, wishId).RunAsync(db, ct);

    /// <summary>The same facts as a read that shares its round trip with the claimant's report and the wish's stream.</summary>
    public BatchRead<(WishCard? Card, ClaimCounts Counts)> ClaimFactsRead(string memberId, string wishId) =>
        new(ReadBatch.Statement(ClaimFactsSql, wishId, memberId), async (r, ct) =>
        {
            if (!await r.ReadAsync(ct)) return (null, new ClaimCounts(null, 0, CommunityWishSettings.Default));
            var card = Read(r);
            var settings = r.IsDBNull(32) ? CommunityWishSettings.Default : new CommunityWishSettings(r.GetInt32(32), r.GetInt32(33));
            return (card, new ClaimCounts(card.Community.CommunityId, r.GetInt32(31), settings));
        });

    /// <summary>$1 wish id, $2 member id. Public so the claims benchmark runs the same statement under pgbench.</summary>
    public const string ClaimFactsSql = $"""
        SELECT {Columns},
               (SELECT count(*) FROM wish_cards c WHERE c.claimant_id = $2 AND c.status = 'Claimed')::int,
               s.fulfil_within_days, s.open_claim_limit
        FROM wish_cards w LEFT JOIN wish_settings s ON s.community_id = w.community_id
        WHERE w.id = $1
        """;

    public async Task<(CommunityWishSettings Settings, long Version)> SettingsAsync(string communityId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT fulfil_within_days, open_claim_limit, version FROM wish_settings WHERE community_id = $1");
        cmd.Parameters.Add(new() { Value = communityId });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (new CommunityWishSettings(r.GetInt32(0), r.GetInt32(1)), r.GetInt64(2)) : (CommunityWishSettings.Default, 0);
    }

    /// <summary>Open claims whose reminder (one day before due) or expiry is due at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<(string WishId, bool Overdue)>> ClaimsDueAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT id, due_at <= $1 FROM wish_cards
            WHERE status = 'Claimed' AND (due_at <= $1 OR (NOT reminded AND due_at <= $1 + $2))
            ORDER BY due_at LIMIT $3
            """);
        cmd.Parameters.Add(new() { Value = now.ToUniversalTime() });
        cmd.Parameters.Add(new() { Value = WishRules.ReminderLead });
        cmd.Parameters.Add(new() { Value = limit });
        var list = new List<(string, bool)>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add((r.GetString(0), r.GetBoolean(1)));
        return list;
    }

    private async Task<IReadOnlyList<WishCard>> QueryAsync(string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(new() { Value = a });
        var list = new List<WishCard>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(Read(r));
        return list;
    }

    private static WishCard Read(NpgsqlDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateTimeOffset? T(int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
        return new WishCard(
            r.GetString(0), new OrgPath(r.GetString(1), S(2), r.GetString(3)), r.GetBoolean(4),
            Enum.Parse<WishCategory>(r.GetString(5)), r.GetString(6), r.GetString(7), r.GetDecimal(8),
            new ResidentContact(r.GetString(9), r.GetString(10), r.GetString(11)), S(12), S(13),
            Enum.Parse<WishStatus>(r.GetString(14)), r.GetInt64(15), r.GetString(16), r.GetFieldValue<DateTimeOffset>(17),
            T(18), S(19), T(20), T(21), r.GetBoolean(22), S(23),
            r.IsDBNull(24) ? [] : JsonSerializer.Deserialize<List<WishPhoto>>(r.GetString(24), Json) ?? [],
            T(25), r.IsDBNull(26) ? null : r.GetInt32(26), S(27), T(28), S(29), r.GetFieldValue<DateTimeOffset>(30));
    }
}
