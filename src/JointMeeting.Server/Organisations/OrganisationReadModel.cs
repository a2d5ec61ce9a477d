using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using Npgsql;

namespace JointMeeting.Server.Organisations;

/// <summary>A row of org_organisations: what the GraphQL types and the other features read.</summary>
public sealed record OrganisationRow(
    string Id, OrganisationKind Kind, string Name, string? ParentId, OrgPath Path, bool Archived,
    UnitDetails? Unit, long Version, DateTimeOffset CreatedAt)
{
    public OrganisationInfo ToInfo() => new(Id, Kind, Name, ParentId, Path, Archived);
}

/// <summary>One entry of an organisation's history.</summary>
public sealed record OrganisationHistoryEntry(long Version, string Event, DateTimeOffset At, string ByPersonId, string Details);

/// <summary>Queries over the organisation tree; also the <see cref="IOrganisationDirectory"/> other features use.</summary>
public sealed class OrganisationReadModel(NpgsqlDataSource db) : IOrganisationDirectory
{
    private const string Columns = """
        id, kind, name, parent_id, district_id, street_id, community_id, archived,
        unit_kind, party_organisation_name, contact_name, contact_phone, version, created_at
        """;

    public async Task<OrganisationInfo?> FindAsync(string id, CancellationToken ct) => (await FindRowAsync(id, ct))?.ToInfo();

    public async Task<OrganisationInfo> GetAsync(string id, string what, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound(what);

    public async Task<OrganisationRow?> FindRowAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var rows = await ByIdsAsync([id], ct);
        return rows.GetValueOrDefault(id);
    }

    public async Task<OrganisationRow> GetRowAsync(string? id, string what, CancellationToken ct) =>
        await FindRowAsync(id, ct) ?? throw DomainException.NotFound(what);

    public async Task<IReadOnlyDictionary<string, OrganisationRow>> ByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<string, OrganisationRow>();
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM org_organisations WHERE id = ANY(@ids)");
        cmd.With("ids", ids.Distinct().ToArray());
        return (await cmd.ListAsync(Map, ct)).ToDictionary(r => r.Id);
    }

    /// <summary>Children in name order; the roots (districts) when <paramref name="parentId"/> is null.</summary>
    public async Task<IReadOnlyList<OrganisationRow>> ChildrenAsync(string? parentId, bool includeArchived, OrganisationKind? kind, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT {Columns} FROM org_organisations
            WHERE parent_id IS NOT DISTINCT FROM @parent AND (@archived OR NOT archived) AND (@kind::text IS NULL OR kind = @kind)
            ORDER BY kind, name, id
            """);
        cmd.With("parent", parentId).With("archived", includeArchived).With("kind", kind?.ToString());
        return await cmd.ListAsync(Map, ct);
    }

    public async Task<IReadOnlyDictionary<string, List<OrganisationRow>>> ChildrenOfManyAsync(IReadOnlyList<string> parentIds, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT {Columns} FROM org_organisations WHERE parent_id = ANY(@ids) AND NOT archived ORDER BY kind, name, id
            """);
        cmd.With("ids", parentIds.ToArray());
        return (await cmd.ListAsync(Map, ct)).GroupBy(r => r.ParentId!).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async Task<int> LiveChildCountAsync(string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT count(*)::int FROM org_organisations WHERE parent_id = @id AND NOT archived");
        cmd.With("id", id);
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Ids from the root down to <paramref name="id"/> itself (cycle checks on moves).</summary>
    public async Task<IReadOnlyList<string>> AncestorIdsAsync(string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH RECURSIVE up(id, parent_id, depth) AS (
                SELECT id, parent_id, 0 FROM org_organisations WHERE id = @id
                UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM org_organisations o JOIN up ON o.id = up.parent_id WHERE up.depth < 50)
            SELECT id FROM up ORDER BY depth DESC
            """);
        cmd.With("id", id);
        return await cmd.ListAsync(r => r.GetString(0), ct);
    }

    /// <summary>The organisations of one district by name (imports name their parents).</summary>
    public async Task<IReadOnlyList<OrganisationRow>> InDistrictAsync(string districtId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT {Columns} FROM org_organisations WHERE district_id = @d AND NOT archived ORDER BY created_at, id");
        cmd.With("d", districtId);
        return await cmd.ListAsync(Map, ct);
    }

    public async Task<IReadOnlyList<OrganisationHistoryEntry>> HistoryAsync(string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT version, event, at, by_person_id, details::text FROM org_history WHERE organisation_id = @id ORDER BY version
            """);
        cmd.With("id", id);
        return await cmd.ListAsync(r => new OrganisationHistoryEntry(r.GetInt64(0), r.GetString(1), r.Time(2), r.GetString(3), r.GetString(4)), ct);
    }

    /// <summary>
    /// Where an organisation is managed from: its parent's path (a district manages itself). The
    /// policies compare this with the actor's scopes.
    /// </summary>
    public async Task<OrgPath> ManagedInAsync(OrganisationRow row, CancellationToken ct) =>
        row.ParentId is null ? row.Path : (await GetRowAsync(row.ParentId, "上级组织", ct)).Path;

    internal static OrganisationRow Map(NpgsqlDataReader r)
    {
        var kind = Enum.Parse<OrganisationKind>(r.GetString(1));
        UnitDetails? unit = r.IsDBNull(8) ? null
            : new UnitDetails(Enum.Parse<UnitKind>(r.GetString(8)), r.NullableString(9) ?? "",
                new UnitContactPerson(r.NullableString(10) ?? "", r.NullableString(11) ?? ""));
        return new OrganisationRow(r.GetString(0), kind, r.GetString(2), r.NullableString(3),
            new OrgPath(r.GetString(4), r.NullableString(5), r.NullableString(6)), r.GetBoolean(7), unit, r.GetInt64(12), r.Time(13));
    }
}
