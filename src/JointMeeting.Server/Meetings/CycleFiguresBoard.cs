using JointMeeting.Domain.Meetings;
using JointMeeting.EventStore;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Meetings;

public sealed record CycleFiguresView(CycleFigures Figures, string MeetingId, DateOnly AsOf);

/// <summary>Reads <c>cycle_figures</c> / <c>cycle_unit_figures</c>; scorecards add a unit's cycles up with the domain's rules.</summary>
public sealed class CycleFiguresBoard(NpgsqlDataSource db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CycleFiguresView>> OfCommitteeAsync(string committeeId, CancellationToken ct)
    {
        var units = (await UnitRowsAsync("committee_id = $1", committeeId, ct)).ToLookup(u => u.Cycle, u => u.Figures);
        await using var cmd = Sql.Command(db, """
            SELECT cycle_number, meeting_id, as_of, items_due, items_closed, closure_rate, overdue
            FROM cycle_figures WHERE committee_id = $1 ORDER BY cycle_number
            """, committeeId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<CycleFiguresView>();
        while (await reader.ReadAsync(ct))
        {
            var cycle = reader.GetInt32(0);
            rows.Add(new CycleFiguresView(new CycleFigures(committeeId, cycle, reader.GetInt32(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetDecimal(5), reader.GetInt32(6), units[cycle].ToList()),
                reader.GetString(1), reader.GetFieldValue<DateOnly>(2)));
        }
        return rows;
    }

    public async Task<UnitScorecard> ScorecardAsync(string unitId, CancellationToken ct)
    {
        var cycles = (await UnitRowsAsync("unit_id = $1", unitId, ct))
            .Select(u => new CycleFigures("", u.Cycle, 0, 0, null, 0, [u.Figures]));
        return CycleFiguresCalculator.Scorecards(cycles).FirstOrDefault() ?? new UnitScorecard(unitId, 0, 0, 0, 0, 0, null, 0, 0, null, 0);
    }

    /// <summary>Recomputes every committee's figures now (the daily refresh: items fall overdue without an event).</summary>
    public async Task RefreshAllAsync(CancellationToken ct)
    {
        var today = JointMeeting.Domain.Common.ChinaTime.Today(clock.GetUtcNow());
        foreach (var committeeId in await Sql.TextsAsync(db, "SELECT DISTINCT committee_id FROM meetings", ct))
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await CycleFiguresProjection.RecomputeAsync(new ProjectionContext(conn, tx), committeeId, today, ct);
            await tx.CommitAsync(ct);
        }
    }

    private async Task<List<(int Cycle, UnitCycleFigures Figures)>> UnitRowsAsync(string where, string value, CancellationToken ct)
    {
        await using var cmd = Sql.Command(db, $"""
            SELECT cycle_number, unit_id, claims, confirmed_claims, invited, attended, items_due, items_closed, overdue
            FROM cycle_unit_figures WHERE {where} ORDER BY cycle_number, unit_id
            """, value);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<(int, UnitCycleFigures)>();
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetInt32(0), new UnitCycleFigures(reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8))));
        return rows;
    }
}

public sealed class CycleFiguresTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<CycleFiguresView>("CycleFigures", t =>
        {
            t.Description("一个会议周期（本次会议至下次会议）的指标");
            t.Field("committeeId", x => x.Figures.CommitteeId).Type("ID!");
            t.Field("cycleNumber", x => x.Figures.CycleNumber).Type("Int!");
            t.Field("meetingId", x => x.MeetingId).Type("ID!");
            t.Field("asOf", x => x.AsOf).Type("Date!");
            t.Field("itemsDue", x => x.Figures.ItemsDue).Type("Int!");
            t.Field("itemsClosed", x => x.Figures.ItemsClosed).Type("Int!");
            t.Field("closureRate", x => (double?)x.Figures.ClosureRate).Type("Float").Description("办结率（0–1），无到期事项时为空");
            t.Field("overdueCount", x => x.Figures.OverdueCount).Type("Int!");
            t.Field("units", x => x.Figures.Units).Type("[UnitCycleFigures!]!");
        });
        b.Object<UnitCycleFigures>("UnitCycleFigures", t =>
        {
            t.Field("unitId", x => x.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<UnitCycleFigures>().UnitId));
            t.Field("claims", x => x.Claims).Type("Int!");
            t.Field("confirmedClaims", x => x.ConfirmedClaims).Type("Int!");
            t.Field("invited", x => x.Invited).Type("Int!");
            t.Field("attended", x => x.Attended).Type("Int!");
            t.Field("itemsDue", x => x.ItemsDue).Type("Int!");
            t.Field("itemsClosed", x => x.ItemsClosed).Type("Int!");
            t.Field("overdue", x => x.Overdue).Type("Int!");
        });
        b.Object<UnitScorecard>("UnitScorecard", t =>
        {
            t.Description("驻区单位跨周期考核（按季度考核）");
            t.Field("unitId", x => x.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<UnitScorecard>().UnitId));
            t.Field("cycles", x => x.Cycles).Type("Int!");
            t.Field("claims", x => x.Claims).Type("Int!");
            t.Field("confirmedClaims", x => x.ConfirmedClaims).Type("Int!");
            t.Field("invited", x => x.Invited).Type("Int!");
            t.Field("attended", x => x.Attended).Type("Int!");
            t.Field("attendanceRate", x => (double?)x.AttendanceRate).Type("Float");
            t.Field("itemsDue", x => x.ItemsDue).Type("Int!");
            t.Field("itemsClosed", x => x.ItemsClosed).Type("Int!");
            t.Field("closureRate", x => (double?)x.ClosureRate).Type("Float");
            t.Field("overdue", x => x.Overdue).Type("Int!");
        });
        b.Query("cycleFigures", f => f.Type("[CycleFigures!]!").Description("联席会议各周期指标：办结率、各单位认领与出席、逾期数")
            .Argument("committeeId", "ID!").Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                return await ctx.Service<CycleFiguresBoard>().OfCommitteeAsync(ctx.Arg<string>("committeeId"), ctx.CancellationToken);
            }));
        b.Query("unitScorecard", f => f.Type("UnitScorecard!").Argument("unitId", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<CycleFiguresBoard>().ScorecardAsync(ctx.Arg<string>("unitId"), ctx.CancellationToken);
        }));
    }
}
