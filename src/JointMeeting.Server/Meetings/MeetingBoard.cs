using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Meetings;

public sealed record MeetingView(Meeting State, long Version, DateTimeOffset ScheduledAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Reads <c>meetings</c> and <c>meeting_committees</c>.</summary>
public sealed class MeetingBoard(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, scheduled_at, updated_at";

    public Task<List<MeetingView>> ListAsync(string committeeId, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM meetings WHERE committee_id = $1 ORDER BY starts_at DESC LIMIT 200", ct, committeeId);

    /// <summary>Meetings of an organisation's committees (and, for a street or district, those under it).</summary>
    public Task<List<MeetingView>> OfOrganisationAsync(string organisationId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT m.state::text, m.version, m.scheduled_at, m.updated_at FROM meetings m JOIN meeting_committees c ON c.id = m.committee_id
            WHERE c.organisation_id = $1 OR c.street_id = $1 OR c.district_id = $1
            ORDER BY m.starts_at DESC LIMIT 200
            """, ct, organisationId);

    public async Task<MeetingView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM meetings WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<MeetingView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("会议");

    /// <summary>Meetings starting in [from, to), not cancelled (reminders).</summary>
    public Task<List<MeetingView>> StartingBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        QueryAsync($"SELECT {Columns} FROM meetings WHERE NOT cancelled AND starts_at >= $1 AND starts_at < $2", ct, from, to);

    /// <summary>The committee's next meeting that has not started and is not cancelled.</summary>
    public async Task<MeetingView?> NextOfCommitteeAsync(string committeeId, DateTimeOffset now, CancellationToken ct) =>
        (await QueryAsync($"""
            SELECT {Columns} FROM meetings WHERE committee_id = $1 AND NOT cancelled AND starts_at > $2 ORDER BY starts_at LIMIT 1
            """, ct, committeeId, now)).FirstOrDefault();

    public async Task<List<Committee>> CommitteesAsync(CancellationToken ct) =>
        (await Sql.TextsAsync(db, "SELECT state::text FROM meeting_committees ORDER BY id", ct)).Select(StateJson.Deserialize<Committee>).ToList();

    public async Task<Committee?> FindCommitteeAsync(string id, CancellationToken ct) =>
        (await Sql.TextsAsync(db, "SELECT state::text FROM meeting_committees WHERE id = $1", ct, id)).Select(StateJson.Deserialize<Committee>).FirstOrDefault();

    private async Task<List<MeetingView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<MeetingView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new MeetingView(StateJson.Deserialize<Meeting>(reader.GetString(0)), reader.GetInt64(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return rows;
    }
}
