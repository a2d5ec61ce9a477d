using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.ActionItems;

public sealed record ActionItemView(ActionItem State, long Version, string CommitteeId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Reads <c>action_items</c>: per meeting, per committee, the supervision board, and what the jobs must look at.</summary>
public sealed class ActionItemBoard(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, committee_id, created_at, updated_at";

    public Task<List<ActionItemView>> OfMeetingAsync(string meetingId, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE meeting_id = $1 ORDER BY created_at, id", ct, meetingId);

    public Task<List<ActionItemView>> OfMeetingsAsync(IReadOnlyList<string> meetingIds, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE meeting_id = ANY($1) ORDER BY created_at, id", ct, Sql.TextArray(meetingIds));

    /// <summary>督办: items of the organisation's committees (and those under it); open overdue first, then by due date.</summary>
    public Task<List<ActionItemView>> SupervisionAsync(string organisationId, DateOnly today, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM action_items
            WHERE community_id = $1 OR street_id = $1 OR district_id = $1 OR owner_id = $1
            ORDER BY CASE WHEN status = 'Open' AND due_date < $2 THEN 0 WHEN status = 'Open' THEN 1 ELSE 2 END, due_date, id
            LIMIT 500
            """, ct, organisationId, today);

    /// <summary>Open items whose reminder or escalation is due by <paramref name="today"/>.</summary>
    public Task<List<ActionItemView>> DueForCheckAsync(DateOnly today, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE status = 'Open' AND next_check_on <= $1 ORDER BY next_check_on, id LIMIT 1000", ct, today);

    /// <summary>Open items of a committee from meetings other than <paramref name="meetingId"/> (carry-over candidates).</summary>
    public Task<List<ActionItemView>> OpenOfCommitteeAsync(string committeeId, string meetingId, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE committee_id = $1 AND meeting_id <> $2 AND status = 'Open' ORDER BY due_date, id",
            ct, committeeId, meetingId);

    public Task<List<ActionItemView>> OfCommitteeAsync(string committeeId, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE committee_id = $1 ORDER BY created_at, id", ct, committeeId);

    public async Task<ActionItemView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM action_items WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<ActionItemView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("督办事项");

    public Task<List<ActionItemView>> ByIdsAsync(IReadOnlyList<string> ids, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM action_items WHERE id = ANY($1)", ct, Sql.TextArray(ids));

    private async Task<List<ActionItemView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<ActionItemView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new ActionItemView(StateJson.Deserialize<ActionItem>(reader.GetString(0)), reader.GetInt64(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4)));
        return rows;
    }
}
