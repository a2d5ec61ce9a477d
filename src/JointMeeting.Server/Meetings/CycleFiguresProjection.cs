using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Projects;
using JointMeeting.Domain.Resources;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using Npgsql;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// Async: the figures of every held meeting's cycle (办结率, claims and attendance per unit, overdue), recomputed for
/// the committees an event batch touches from the inline read models, with <see cref="CycleFiguresCalculator"/>.
/// Figures are "as of today" (the injected clock); the supervision job refreshes them daily as items fall overdue.
/// </summary>
public sealed class CycleFiguresProjection(TimeProvider clock) : IAsyncProjection
{
    public string Name => "cycle-figures";

    public IReadOnlyCollection<Type> EventTypes { get; } =
        [typeof(IMeetingEvent), typeof(IActionItemEvent), typeof(INeedEvent), typeof(IProjectEvent), typeof(IResourceEvent)];

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        var committees = new HashSet<string>();
        foreach (var recorded in events)
        {
            (string Sql, string Id)? lookup = recorded.Data switch
            {
                IMeetingEvent e => ("SELECT committee_id FROM meetings WHERE id = $1", e.MeetingId),
                IActionItemEvent e => ("SELECT committee_id FROM action_items WHERE id = $1", e.ActionItemId),
                INeedEvent e => (Area("needs_board"), e.NeedId),
                IProjectEvent e => (Area("projects_board"), e.ProjectId),
                IResourceEvent e => ("SELECT c.id FROM meeting_committees c JOIN cycle_claim_facts f ON f.subject = 'Resource' AND f.subject_id = $1 "
                    + "AND (c.organisation_id = f.community_id OR c.organisation_id = f.street_id)", e.ResourceId),
                _ => null,
            };
            if (lookup is not { } l) continue;
            await using var cmd = Sql.Command(ctx, l.Sql, l.Id);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) committees.Add(reader.GetString(0));
        }
        foreach (var committeeId in committees) await RecomputeAsync(ctx, committeeId, ChinaTime.Today(clock.GetUtcNow()), ct);
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct)
    {
        await Sql.ExecuteAsync(ctx, "TRUNCATE cycle_figures", ct);
        await Sql.ExecuteAsync(ctx, "TRUNCATE cycle_unit_figures", ct);
    }

    private static string Area(string table) =>
        $"SELECT c.id FROM meeting_committees c JOIN {table} t ON t.id = $1 AND (c.organisation_id = t.community_id OR c.organisation_id = t.street_id)";

    /// <summary>Every held cycle of one committee (also called by the daily refresh on its own transaction).</summary>
    public static async Task RecomputeAsync(ProjectionContext ctx, string committeeId, DateOnly today, CancellationToken ct)
    {
        var meetings = (await Texts(ctx, "SELECT state::text FROM meetings WHERE committee_id = $1 AND NOT cancelled ORDER BY starts_at", ct, committeeId))
            .Select(StateJson.Deserialize<Meeting>).ToList();
        string? area = null, areaColumn = null;
        if (meetings.Count > 0)
        {
            var path = meetings[0].Committee.Path;
            (areaColumn, area) = path.CommunityId is { } c ? ("community_id", c) : path.StreetId is { } s ? ("street_id", s) : ("district_id", path.DistrictId);
        }
        await Sql.ExecuteAsync(ctx, "DELETE FROM cycle_figures WHERE committee_id = $1", ct, committeeId);
        await Sql.ExecuteAsync(ctx, "DELETE FROM cycle_unit_figures WHERE committee_id = $1", ct, committeeId);
        for (var i = 0; i < meetings.Count; i++)
        {
            var meeting = meetings[i];
            if (ChinaTime.Today(meeting.Slot.StartsAt) > today) break; // not held yet: no cycle to count
            var until = i + 1 < meetings.Count ? meetings[i + 1].Slot.StartsAt : DateTimeOffset.MaxValue;
            var items = (await Texts(ctx, "SELECT state::text FROM action_items WHERE meeting_id = $1", ct, meeting.Id))
                .Select(json => ActionItemFact.Of(StateJson.Deserialize<ActionItem>(json))).ToList();
            var claims = await ClaimsAsync(ctx, areaColumn!, area!, meeting.Slot.StartsAt, until, ct);
            var figures = CycleFiguresCalculator.Compute(new CycleInput(committeeId, meeting.CycleNumber, today, items, claims, AttendanceFact.Of(meeting)));
            await Sql.ExecuteAsync(ctx, """
                INSERT INTO cycle_figures (committee_id, cycle_number, meeting_id, as_of, items_due, items_closed, closure_rate, overdue, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
                ON CONFLICT (committee_id, cycle_number) DO NOTHING
                """, ct, committeeId, figures.CycleNumber, meeting.Id, today, figures.ItemsDue, figures.ItemsClosed, (object?)figures.ClosureRate,
                figures.OverdueCount);
            foreach (var u in figures.Units)
                await Sql.ExecuteAsync(ctx, """
                    INSERT INTO cycle_unit_figures (committee_id, cycle_number, unit_id, claims, confirmed_claims, invited, attended, items_due, items_closed, overdue)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    ON CONFLICT DO NOTHING
                    """, ct, committeeId, figures.CycleNumber, u.UnitId, u.Claims, u.ConfirmedClaims, u.Invited, u.Attended, u.ItemsDue,
                    u.ItemsClosed, u.Overdue);
        }
    }

    private static async Task<List<ClaimFact>> ClaimsAsync(ProjectionContext ctx, string column, string area, DateTimeOffset from, DateTimeOffset until,
        CancellationToken ct)
    {
        await using var cmd = Sql.Command(ctx, $"""
            SELECT unit_id, subject, subject_id, status FROM cycle_claim_facts
            WHERE {column} = $1 AND claimed_at >= $2 AND claimed_at < $3 AND status <> 'Withdrawn'
            """, area, from, until == DateTimeOffset.MaxValue ? new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero) : until);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var claims = new List<ClaimFact>();
        while (await reader.ReadAsync(ct))
            claims.Add(new ClaimFact(reader.GetString(0), Enum.Parse<ClaimSubject>(reader.GetString(1)), reader.GetString(2),
                reader.GetString(3) is "Confirmed" or "Fulfilled"));
        return claims;
    }

    private static async Task<List<string>> Texts(ProjectionContext ctx, string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Sql.Command(ctx, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(ct)) rows.Add(reader.GetString(0));
        return rows;
    }
}

/// <summary>Inline: <c>unit_point_facts</c> from the cycle's events (UnitPointFacts); repeats are ignored by the key.</summary>
public sealed class UnitPointFactsProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var recorded in events)
        foreach (var f in UnitPointFacts.From(recorded.Data))
            await Sql.ExecuteAsync(ctx, """
                INSERT INTO unit_point_facts (unit_id, reason, source_id, at) VALUES ($1, $2, $3, $4)
                ON CONFLICT DO NOTHING
                """, ct, f.UnitId, f.Reason.ToString(), f.SourceId, f.At);
    }

    public Task ResetAsync(ProjectionContext ctx, CancellationToken ct) => Sql.ExecuteAsync(ctx, "TRUNCATE unit_point_facts", ct);
}
