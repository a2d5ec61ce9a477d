using System.Text.Json;
using System.Text.Json.Serialization;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using JointMeeting.EventStore;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Reporting;

/// <summary>
/// The 双报到 read models, in the append's transaction: a secretary's pending list and a member's
/// "may I claim here" both read right after approval.
/// </summary>
public sealed class ReportingProjection : IInlineProjection
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case IMemberReportingEvent m:
                    await ApplyMemberAsync(m, ctx, ct);
                    await ctx.CreateCommand("UPDATE reporting_member_reports SET version = @v WHERE person_id = @p")
                        .With("v", e.Version).With("p", m.PersonId).ExecuteNonQueryAsync(ct);
                    break;
                case IUnitReportingEvent u:
                    await ApplyUnitAsync(u, ctx, ct);
                    await ctx.CreateCommand("UPDATE reporting_unit_reports SET version = @v WHERE unit_id = @u")
                        .With("v", e.Version).With("u", u.UnitId).ExecuteNonQueryAsync(ct);
                    break;
            }
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct) =>
        await ctx.CreateCommand("TRUNCATE reporting_member_reports, reporting_members, reporting_unit_reports, reporting_units")
            .ExecuteNonQueryAsync(ct);

    private static async Task ApplyMemberAsync(IMemberReportingEvent evt, ProjectionContext ctx, CancellationToken ct)
    {
        switch (evt)
        {
            case MemberReportRequested r:
                await ctx.CreateCommand("""
                    INSERT INTO reporting_member_reports (report_id, person_id, district_id, street_id, community_id, unit_id, grid_id,
                        building_id, profile, status, requested_at, requested_by, version)
                    VALUES (@id, @p, @d, @s, @c, @u, @g, @b, @profile::jsonb, 'Pending', @at, @by, 0) ON CONFLICT DO NOTHING
                    """).With("id", r.ReportId).With("p", r.PersonId).With("d", r.Community.DistrictId).With("s", r.Community.StreetId)
                    .With("c", r.Community.CommunityId ?? r.Community.OwnerId).With("u", r.UnitId).With("g", r.GridId).With("b", r.BuildingId)
                    .With("profile", JsonSerializer.Serialize(r.Profile, Json)).With("at", r.At).With("by", r.By).ExecuteNonQueryAsync(ct);
                break;
            case MemberReportApproved a:
                await Decide(ctx, "reporting_member_reports", a.ReportId, "Approved", null, a.By, a.At, ct);
                await ctx.CreateCommand("""
                    INSERT INTO reporting_members (person_id, report_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile, approved_at)
                    SELECT person_id, report_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile, @at
                    FROM reporting_member_reports WHERE report_id = @id
                    ON CONFLICT (person_id) DO UPDATE SET report_id = excluded.report_id, district_id = excluded.district_id,
                        street_id = excluded.street_id, community_id = excluded.community_id, unit_id = excluded.unit_id,
                        grid_id = excluded.grid_id, building_id = excluded.building_id, profile = excluded.profile, approved_at = excluded.approved_at
                    """).With("id", a.ReportId).With("at", a.At).ExecuteNonQueryAsync(ct);
                break;
            case MemberReportRejected r:
                await Decide(ctx, "reporting_member_reports", r.ReportId, "Rejected", r.Reason, r.By, r.At, ct);
                break;
            case MemberReportWithdrawn w:
                await Decide(ctx, "reporting_member_reports", w.ReportId, "Withdrawn", null, w.By, w.At, ct);
                break;
            case MemberReportEnded end:
                await Decide(ctx, "reporting_member_reports", end.ReportId, end.Reason == ReportEndReason.Transferred ? "Transferred" : "Ended",
                    null, end.By, end.At, ct);
                await ctx.CreateCommand("DELETE FROM reporting_members WHERE person_id = @p AND report_id = @id")
                    .With("p", end.PersonId).With("id", end.ReportId).ExecuteNonQueryAsync(ct);
                break;
            case MemberResidenceChanged m:
                await ctx.CreateCommand("""
                    UPDATE reporting_member_reports SET grid_id = @g, building_id = @b WHERE report_id = @id;
                    UPDATE reporting_members SET grid_id = @g, building_id = @b WHERE report_id = @id
                    """).With("id", m.ReportId).With("g", m.GridId).With("b", m.BuildingId).ExecuteNonQueryAsync(ct);
                break;
            case ServiceProfileUpdated u:
                var json = JsonSerializer.Serialize(u.Profile, Json);
                await ctx.CreateCommand("""
                    UPDATE reporting_member_reports SET profile = @profile::jsonb WHERE report_id = @id;
                    UPDATE reporting_members SET profile = @profile::jsonb WHERE report_id = @id
                    """).With("id", u.ReportId).With("profile", json).ExecuteNonQueryAsync(ct);
                break;
        }
    }

    private static async Task ApplyUnitAsync(IUnitReportingEvent evt, ProjectionContext ctx, CancellationToken ct)
    {
        switch (evt)
        {
            case UnitReportRequested r:
                await ctx.CreateCommand("""
                    INSERT INTO reporting_unit_reports (report_id, unit_id, target_id, district_id, street_id, community_id, note, status,
                        requested_at, requested_by, version)
                    VALUES (@id, @u, @t, @d, @s, @c, @note, 'Pending', @at, @by, 0) ON CONFLICT DO NOTHING
                    """).With("id", r.ReportId).With("u", r.UnitId).With("t", r.Target.OwnerId).With("d", r.Target.DistrictId)
                    .With("s", r.Target.StreetId).With("c", r.Target.CommunityId).With("note", r.Note).With("at", r.At).With("by", r.By)
                    .ExecuteNonQueryAsync(ct);
                break;
            case UnitReportApproved a:
                await Decide(ctx, "reporting_unit_reports", a.ReportId, "Approved", null, a.By, a.At, ct);
                await ctx.CreateCommand("""
                    INSERT INTO reporting_units (unit_id, report_id, target_id, district_id, street_id, community_id, approved_at)
                    VALUES (@u, @id, @t, @d, @s, @c, @at)
                    ON CONFLICT (unit_id) DO UPDATE SET report_id = excluded.report_id, target_id = excluded.target_id,
                        district_id = excluded.district_id, street_id = excluded.street_id, community_id = excluded.community_id,
                        approved_at = excluded.approved_at
                    """).With("u", a.UnitId).With("id", a.ReportId).With("t", a.Target.OwnerId).With("d", a.Target.DistrictId)
                    .With("s", a.Target.StreetId).With("c", a.Target.CommunityId).With("at", a.At).ExecuteNonQueryAsync(ct);
                break;
            case UnitReportRejected r:
                await Decide(ctx, "reporting_unit_reports", r.ReportId, "Rejected", r.Reason, r.By, r.At, ct);
                break;
            case UnitReportWithdrawn w:
                await Decide(ctx, "reporting_unit_reports", w.ReportId, "Withdrawn", null, w.By, w.At, ct);
                break;
            case UnitReportEnded end:
                await Decide(ctx, "reporting_unit_reports", end.ReportId, end.Reason == ReportEndReason.Transferred ? "Transferred" : "Ended",
                    null, end.By, end.At, ct);
                await ctx.CreateCommand("DELETE FROM reporting_units WHERE unit_id = @u AND report_id = @id")
                    .With("u", end.UnitId).With("id", end.ReportId).ExecuteNonQueryAsync(ct);
                break;
        }
    }

    private static Task<int> Decide(ProjectionContext ctx, string table, string reportId, string status, string? reason, string by,
        DateTimeOffset at, CancellationToken ct) =>
        ctx.CreateCommand($"UPDATE {table} SET status = @status, reason = COALESCE(@reason, reason), decided_at = @at, decided_by = @by WHERE report_id = @id")
            .With("id", reportId).With("status", status).With("reason", reason).With("at", at).With("by", by).ExecuteNonQueryAsync(ct);
}
