using JointMeeting.Domain.Common;
using JointMeeting.Domain.Projects;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Projects;

public sealed record ProjectView(Project State, long Version, DateTimeOffset DraftedAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Reads <c>projects_board</c>.</summary>
public sealed class ProjectBoard(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, drafted_at, updated_at";

    public Task<List<ProjectView>> ListAsync(string? organisationId, ProjectStatus? status, string? needId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM projects_board
            WHERE ($1::text IS NULL OR owner_id = $1 OR street_id = $1 OR district_id = $1)
              AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR need_id = $3)
            ORDER BY updated_at DESC, id
            LIMIT 500
            """, ct, Sql.Text(organisationId), Sql.Text(status?.ToString()), Sql.Text(needId));

    public async Task<ProjectView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM projects_board WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<ProjectView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("项目");

    public Task<List<ProjectView>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM projects_board WHERE id = ANY($1)", ct, Sql.TextArray(ids));

    private async Task<List<ProjectView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<ProjectView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new ProjectView(StateJson.Deserialize<Project>(reader.GetString(0)), reader.GetInt64(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return rows;
    }
}
