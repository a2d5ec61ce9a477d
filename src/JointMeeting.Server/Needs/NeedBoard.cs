using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Needs;

/// <summary>A need as boards show it: the folded state, its version and when it was posted / last changed.</summary>
public sealed record NeedView(Need State, long Version, DateTimeOffset PostedAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Reads <c>needs_board</c>.</summary>
public sealed class NeedBoard(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, posted_at, updated_at";

    /// <summary>Needs of an organisation: posted by it, or anywhere under it (a street sees its communities' needs).</summary>
    public Task<List<NeedView>> ListAsync(string organisationId, NeedStatus? status, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM needs_board
            WHERE (owner_id = $1 OR street_id = $1 OR district_id = $1) AND ($2::text IS NULL OR status = $2)
            ORDER BY CASE status WHEN 'Open' THEN 0 WHEN 'ClaimPending' THEN 1 WHEN 'Claimed' THEN 2 ELSE 3 END, deadline, id
            LIMIT 500
            """, ct, organisationId, Sql.Text(status?.ToString()));

    public async Task<NeedView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM needs_board WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<NeedView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("需求");

    public Task<List<NeedView>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM needs_board WHERE id = ANY($1)", ct, Sql.TextArray(ids));

    private async Task<List<NeedView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<NeedView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new NeedView(StateJson.Deserialize<Need>(reader.GetString(0)), reader.GetInt64(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return rows;
    }
}
