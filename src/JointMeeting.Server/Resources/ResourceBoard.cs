using JointMeeting.Domain.Common;
using JointMeeting.Domain.Resources;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Resources;

public sealed record ResourceView(Resource State, long Version, DateTimeOffset OfferedAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Reads <c>resources_board</c>.</summary>
public sealed class ResourceBoard(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, offered_at, updated_at";

    /// <summary>
    /// Resources offered to an organisation or anywhere under it, or offered by a unit; <paramref name="available"/>
    /// keeps those not withdrawn with capacity left.
    /// </summary>
    public Task<List<ResourceView>> ListAsync(string? organisationId, string? unitId, bool available, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM resources_board
            WHERE ($1::text IS NULL OR offered_to_id = $1 OR street_id = $1 OR district_id = $1)
              AND ($2::text IS NULL OR unit_id = $2)
              AND (NOT $3 OR (NOT withdrawn AND remaining > 0))
            ORDER BY withdrawn, available_until, id
            LIMIT 500
            """, ct, Sql.Text(organisationId), Sql.Text(unitId), available);

    /// <summary>Usable offers in the street of <paramref name="streetId"/> (matching candidates).</summary>
    public Task<List<ResourceView>> OpenInStreetAsync(string districtId, string? streetId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM resources_board
            WHERE NOT withdrawn AND remaining > 0 AND district_id = $1 AND ($2::text IS NULL OR street_id = $2 OR street_id IS NULL)
            LIMIT 1000
            """, ct, districtId, Sql.Text(streetId));

    public async Task<ResourceView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM resources_board WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<ResourceView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("资源");

    public Task<List<ResourceView>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM resources_board WHERE id = ANY($1)", ct, Sql.TextArray(ids));

    private async Task<List<ResourceView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<ResourceView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new ResourceView(StateJson.Deserialize<Resource>(reader.GetString(0)), reader.GetInt64(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return rows;
    }
}
