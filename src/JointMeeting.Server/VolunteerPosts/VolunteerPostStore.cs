using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using Npgsql;

namespace JointMeeting.Server.VolunteerPosts;

public sealed record VolunteerSlotRow(string PostId, string MemberId, DateTimeOffset ClaimedAt, DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt, decimal? Hours, bool NoShow);

public sealed record VolunteerPostRow(
    string Id, OrgPath Community, bool Widened, string Title, string Place, VolunteerPostCategory Category,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Slots, int SlotsTaken, string? Description, VolunteerPostStatus Status,
    string? ClosedReason, long Version, string PublishedBy, DateTimeOffset PublishedAt)
{
    public int SlotsLeft => Math.Max(0, Slots - SlotsTaken);

    /// <summary>Enough of the domain state for the read policy (holders are asked separately).</summary>
    public VolunteerPost ToPost(IReadOnlyList<VolunteerSlotRow> holders) =>
        new(Id, Community, Widened, Title, Place, Category, StartsAt, EndsAt, Slots, Description, Status)
        {
            Holders = holders.Select(h => new VolunteerSlot(h.MemberId, h.ClaimedAt)).ToList(),
        };
}

public sealed class VolunteerPostStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, district_id, street_id, community_id, widened, title, place, category, starts_at, ends_at, slots, slots_taken,
        description, status, closed_reason, version, published_by, published_at
        """;

    public async Task<VolunteerPostRow?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM volunteer_posts WHERE id = $1", ct, id)).FirstOrDefault();

    /// <summary>The community's posts and the street's widened ones, soonest first, the last 30 days of past ones included.</summary>
    public Task<IReadOnlyList<VolunteerPostRow>> OfCommunityAsync(string communityId, string? streetId, DateTimeOffset now, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM volunteer_posts
            WHERE (community_id = $1 OR (widened AND street_id = $2)) AND ends_at > $3
            ORDER BY starts_at, id LIMIT 300
            """, ct, communityId, (object?)streetId ?? DBNull.Value, now.AddDays(-30).ToUniversalTime());

    public async Task<IReadOnlyList<VolunteerSlotRow>> SlotsAsync(string postId, CancellationToken ct) =>
        (await SlotsOfAsync([postId], ct)).GetValueOrDefault(postId) ?? [];

    /// <summary>Slots of many posts at once (one query per level of a list).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<VolunteerSlotRow>>> SlotsOfAsync(IReadOnlyList<string> postIds, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT post_id, member_id, claimed_at, checked_in_at, checked_out_at, hours, no_show
            FROM volunteer_slots WHERE post_id = ANY($1) ORDER BY claimed_at, member_id
            """);
        cmd.Parameters.Add(new() { Value = postIds.ToArray() });
        var rows = new List<VolunteerSlotRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            rows.Add(new VolunteerSlotRow(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateTimeOffset>(4),
                r.IsDBNull(5) ? null : r.GetDecimal(5), r.GetBoolean(6)));
        return postIds.ToDictionary(id => id, id => (IReadOnlyList<VolunteerSlotRow>)rows.Where(s => s.PostId == id).ToList());
    }

    private async Task<IReadOnlyList<VolunteerPostRow>> QueryAsync(string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(a is DBNull ? new NpgsqlParameter { Value = a, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } : new NpgsqlParameter { Value = a });
        var list = new List<VolunteerPostRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            list.Add(new VolunteerPostRow(r.GetString(0), new OrgPath(r.GetString(1), S(2), r.GetString(3)), r.GetBoolean(4),
                r.GetString(5), r.GetString(6), Enum.Parse<VolunteerPostCategory>(r.GetString(7)), r.GetFieldValue<DateTimeOffset>(8),
                r.GetFieldValue<DateTimeOffset>(9), r.GetInt32(10), r.GetInt32(11), S(12), Enum.Parse<VolunteerPostStatus>(r.GetString(13)),
                S(14), r.GetInt64(15), r.GetString(16), r.GetFieldValue<DateTimeOffset>(17)));
        }
        return list;
    }
}
