using JointMeeting.Domain.Agreements;
using JointMeeting.Domain.Common;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using Npgsql;

namespace JointMeeting.Server.Agreements;

public static class AgreementAggregates
{
    /// <summary>Stream "agreement-{id}" (<see cref="Agreement.StreamId"/>).</summary>
    public static readonly Aggregate<IAgreementCommand, IAgreementEvent, Agreement, AgreementDecider> Agreements =
        Aggregate.Of<IAgreementCommand, IAgreementEvent, Agreement, AgreementDecider>("agreement");
}

public sealed record AgreementView(Agreement State, long Version, DateTimeOffset DraftedAt, DateTimeOffset UpdatedAt)
{
    public string Id => State.Id;
}

/// <summary>Inline: <c>agreements_list</c>.</summary>
public sealed class AgreementProjection()
    : DeciderProjection<IAgreementCommand, IAgreementEvent, Agreement, AgreementDecider>("agreements_list")
{
    protected override string IdOf(IAgreementEvent e) => e.AgreementId;

    protected override Task SaveAsync(ProjectionContext ctx, Agreement a, long version, IAgreementEvent e, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO agreements_list (id, organisation_id, unit_id, status, starts_on, ends_on, title, drafted_at, updated_at, version, state)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10)
            ON CONFLICT (id) DO UPDATE SET status = $4, starts_on = $5, ends_on = $6, title = $7, updated_at = $8, version = $9, state = $10
            """, ct, a.Id, a.Organisation.OwnerId, a.UnitId, a.Status.ToString(), a.Terms.StartsOn, a.Terms.EndsOn, a.Terms.Title, e.At,
            version, Sql.Jsonb(StateJson.Serialize(a)));
}

/// <summary>Reads <c>agreements_list</c>: per unit, per community/street.</summary>
public sealed class AgreementList(NpgsqlDataSource db)
{
    private const string Columns = "state::text, version, drafted_at, updated_at";

    public Task<List<AgreementView>> ListAsync(string? unitId, string? organisationId, CancellationToken ct) =>
        QueryAsync($"""
            SELECT {Columns} FROM agreements_list
            WHERE ($1::text IS NULL OR unit_id = $1) AND ($2::text IS NULL OR organisation_id = $2)
            ORDER BY ends_on DESC, id LIMIT 500
            """, ct, Sql.Text(unitId), Sql.Text(organisationId));

    public async Task<AgreementView?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync($"SELECT {Columns} FROM agreements_list WHERE id = $1", ct, id)).FirstOrDefault();

    public async Task<AgreementView> GetAsync(string id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw DomainException.NotFound("共建协议");

    private async Task<List<AgreementView>> QueryAsync(string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<AgreementView>();
        while (await reader.ReadAsync(ct))
            rows.Add(new AgreementView(StateJson.Deserialize<Agreement>(reader.GetString(0)), reader.GetInt64(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        return rows;
    }
}
