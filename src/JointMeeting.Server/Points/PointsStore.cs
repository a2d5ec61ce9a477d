using JointMeeting.Domain.Points;
using JointMeeting.EventStore;
using JointMeeting.Server.MicroWishes;
using Npgsql;

namespace JointMeeting.Server.Points;

/// <summary>Writes <c>points_ledger</c>: each touched owner's standing per year, recomputed from all their facts.</summary>
public static class PointsLedgerWriter
{
    public static async Task RecomputeAsync(ProjectionContext ctx, IReadOnlyDictionary<string, string> owners, PointsRules rules, CancellationToken ct)
    {
        var facts = await PointsStore.ReadFactsAsync(ctx.CreateCommand(PointsStore.FactsSql), owners.Keys.ToArray(), ct);
        foreach (var (owner, kind) in owners)
        {
            var ledger = PointsCalculator.Ledger(owner, facts.Where(f => f.OwnerId == owner), rules);
            await using (var delete = WishCardProjection.Sql(ctx, "DELETE FROM points_ledger WHERE owner_id = $1", owner))
                await delete.ExecuteNonQueryAsync(ct);
            foreach (var year in ledger.Years)
            {
                await using var insert = WishCardProjection.Sql(ctx,
                    "INSERT INTO points_ledger (owner_id, owner_kind, year, points, stars, grade) VALUES ($1, $2, $3, $4, $5, $6)",
                    owner, kind, year.Year, year.Points, year.Stars, year.Grade.ToString());
                await insert.ExecuteNonQueryAsync(ct);
            }
        }
    }
}

public sealed record LedgerRow(string OwnerId, string OwnerKind, int Year, decimal Points, int Stars, StarGrade Grade);

public sealed record PointsMember(string PersonId, string? UnitId, string CommunityId, string? StreetId);

/// <summary>Reads of the points read models; standings for display are computed from facts with the current rules.</summary>
public sealed class PointsStore(NpgsqlDataSource db)
{
    public const string FactsSql = "SELECT source, source_id, owner_id, at, title, rating, hours, kind FROM points_facts WHERE owner_id = ANY($1)";

    public async Task<IReadOnlyList<PointFact>> FactsOfAsync(IReadOnlyCollection<string> owners, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await ReadFactsAsync(new NpgsqlCommand(FactsSql, conn), owners.ToArray(), ct);
    }

    internal static async Task<IReadOnlyList<PointFact>> ReadFactsAsync(NpgsqlCommand cmd, string[] owners, CancellationToken ct)
    {
        await using var _ = cmd;
        cmd.Parameters.Add(new() { Value = owners });
        var list = new List<PointFact>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var (sourceId, owner, at, title) = (r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.IsDBNull(4) ? null : r.GetString(4));
            list.Add(Enum.Parse<PointSource>(r.GetString(0)) switch
            {
                PointSource.ConfirmedWish => new ConfirmedWishFact(owner, sourceId, at, r.IsDBNull(5) ? 0 : r.GetInt32(5), title),
                PointSource.VolunteerHours => new VolunteerHoursFact(owner, sourceId, at, r.IsDBNull(6) ? 0m : r.GetDecimal(6), title),
                PointSource.ActionItemDone => new ActionItemDoneFact(owner, sourceId, at, title),
                PointSource.UnitClaimCompleted => new UnitClaimCompletedFact(owner, sourceId, at, r.IsDBNull(7) ? "需求" : r.GetString(7), title),
                PointSource.UnitResourceUsed => new UnitResourceUsedFact(owner, sourceId, at, title),
                _ => new UnitAttendanceFact(owner, sourceId, at, title),
            });
        }
        return list;
    }

    /// <summary>The stored standings of a year for the members reporting to an organisation (community or street), best first.</summary>
    public Task<IReadOnlyList<LedgerRow>> MemberBoardAsync(string organisationId, int year, int take, CancellationToken ct) =>
        BoardAsync("""
            SELECT l.owner_id, l.owner_kind, l.year, l.points, l.stars, l.grade
            FROM points_members m JOIN points_ledger l ON l.owner_id = m.person_id AND l.year = $2
            WHERE m.community_id = $1 OR m.street_id = $1
            ORDER BY l.stars DESC, l.points DESC, l.owner_id LIMIT $3
            """, ct, organisationId, year, take);

    public Task<IReadOnlyList<LedgerRow>> UnitBoardAsync(IReadOnlyList<string> unitIds, int year, int take, CancellationToken ct) =>
        BoardAsync("""
            SELECT owner_id, owner_kind, year, points, stars, grade FROM points_ledger
            WHERE owner_id = ANY($1) AND year = $2 ORDER BY stars DESC, points DESC, owner_id LIMIT $3
            """, ct, unitIds.ToArray(), year, take);

    /// <summary>Every stored standing, for comparing a rebuild with the incremental result.</summary>
    public Task<IReadOnlyList<LedgerRow>> AllAsync(CancellationToken ct) =>
        BoardAsync("SELECT owner_id, owner_kind, year, points, stars, grade FROM points_ledger ORDER BY owner_id, year", ct);

    public async Task<IReadOnlyList<PointsMember>> MembersOfUnitAsync(string unitId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT person_id, unit_id, community_id, street_id FROM points_members WHERE unit_id = $1 ORDER BY person_id");
        cmd.Parameters.Add(new() { Value = unitId });
        var list = new List<PointsMember>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new PointsMember(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return list;
    }

    /// <summary>Units that have reporting members: the 双报告 job's list.</summary>
    public async Task<IReadOnlyList<string>> UnitsWithMembersAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT DISTINCT unit_id FROM points_members WHERE unit_id IS NOT NULL ORDER BY unit_id");
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(r.GetString(0));
        return list;
    }

    private async Task<IReadOnlyList<LedgerRow>> BoardAsync(string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = db.CreateCommand(sql);
        foreach (var a in args) cmd.Parameters.Add(new() { Value = a });
        var list = new List<LedgerRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new LedgerRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDecimal(3), r.GetInt32(4), Enum.Parse<StarGrade>(r.GetString(5))));
        return list;
    }
}
