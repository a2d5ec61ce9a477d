using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.Reporting;

public enum ReportStatus { Pending, Approved, Rejected, Withdrawn, Transferred, Ended }

public sealed record MemberReportRow(
    string ReportId, string PersonId, OrgPath Path, string UnitId, string? GridId, string? BuildingId, ServiceProfile Profile,
    ReportStatus Status, string? Reason, DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DecidedAt, string? DecidedBy, long Version);

public sealed record UnitReportRow(
    string ReportId, string UnitId, string TargetId, OrgPath Path, string? Note, ReportStatus Status, string? Reason,
    DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DecidedAt, string? DecidedBy, long Version);

/// <summary>A member's current approved report, with the community's path (privacy and scope checks).</summary>
public sealed record ApprovedMember(string PersonId, string ReportId, OrgPath Path, string UnitId, string? GridId, string? BuildingId,
    ServiceProfile Profile, DateTimeOffset ApprovedAt)
{
    public ReportedMember ToReported() =>
        new(PersonId, new ApprovedReporting(PersonId, Path.CommunityId!, Path.StreetId!, GridId, BuildingId), UnitId, Profile);
}

/// <summary>Queries over 双报到; also the <see cref="IReportingDirectory"/> other features use.</summary>
public sealed class ReportingReadModel(NpgsqlDataSource db) : IReportingDirectory
{
    private const string MemberColumns = """
        report_id, person_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile::text,
        status, reason, requested_at, requested_by, decided_at, decided_by, version
        """;

    private const string UnitColumns = """
        report_id, unit_id, target_id, district_id, street_id, community_id, note, status, reason,
        requested_at, requested_by, decided_at, decided_by, version
        """;

    private const string ApprovedColumns =
        "person_id, report_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile::text, approved_at";

    public Task<ReportedMember?> FindMemberAsync(string personId, CancellationToken ct) => FindMemberRead(personId).RunAsync(db, ct);

    public BatchRead<ReportedMember?> FindMemberRead(string personId) => new(
        ReadBatch.Statement($"SELECT {ApprovedColumns} FROM reporting_members WHERE person_id = $1", personId),
        (r, ct) => ReadBatch.FirstOrDefaultAsync(r, row => MapApproved(row).ToReported(), ct));

    public async Task<IReadOnlyList<ReportedMember>> MembersOfAsync(string communityId, bool includeStreet, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT {ApprovedColumns} FROM reporting_members
            WHERE community_id = @c OR (@street AND street_id = (SELECT street_id FROM org_organisations WHERE id = @c))
            ORDER BY approved_at, person_id
            """);
        cmd.With("c", communityId).With("street", includeStreet);
        return (await cmd.ListAsync(MapApproved, ct)).Select(m => m.ToReported()).ToList();
    }

    public async Task<bool> IsCoBuildingAsync(string unitId, string organisationId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT EXISTS (SELECT 1 FROM reporting_units WHERE unit_id = @u AND target_id = @t)");
        cmd.With("u", unitId).With("t", organisationId);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyList<string>> CoBuildingUnitsAsync(string organisationId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT unit_id FROM reporting_units WHERE target_id = @t ORDER BY approved_at, unit_id");
        cmd.With("t", organisationId);
        return await cmd.ListAsync(r => r.GetString(0), ct);
    }

    /// <summary>Units co-building with the organisation at <paramref name="path"/> or with one under it (a street's communities).</summary>
    public async Task<IReadOnlyList<string>> CoBuildingUnitsWithinAsync(OrgPath path, CancellationToken ct)
    {
        await using var cmd = WithinPath(db.CreateCommand(
            $"SELECT unit_id FROM reporting_units WHERE {UnitsWithin} GROUP BY unit_id ORDER BY min(approved_at), unit_id"), path);
        return await cmd.ListAsync(r => r.GetString(0), ct);
    }

    // Reports to the organisation at a path or to any under it (@d, @s, @c: its district, street, community).
    private const string UnitsWithin =
        "district_id = @d AND (@s::text IS NULL OR street_id = @s) AND (@c::text IS NULL OR community_id = @c)";

    private static NpgsqlCommand WithinPath(NpgsqlCommand cmd, OrgPath path) =>
        cmd.With("d", path.DistrictId).With("s", path.StreetId).With("c", path.CommunityId);

    /// <summary>True when the unit co-builds with the organisation or with one under it (兼职委员 eligibility).</summary>
    public async Task<bool> IsCoBuildingWithinAsync(string unitId, OrgPath path, CancellationToken ct)
    {
        await using var cmd = WithinPath(db.CreateCommand(
            $"SELECT EXISTS (SELECT 1 FROM reporting_units WHERE unit_id = @u AND {UnitsWithin})"), path).With("u", unitId);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    public async Task<IReadOnlyDictionary<string, ApprovedMember>> ApprovedMembersAsync(IReadOnlyCollection<string> personIds, CancellationToken ct)
    {
        if (personIds.Count == 0) return new Dictionary<string, ApprovedMember>();
        await using var cmd = db.CreateCommand($"SELECT {ApprovedColumns} FROM reporting_members WHERE person_id = ANY(@ids)");
        cmd.With("ids", personIds.Distinct().ToArray());
        return (await cmd.ListAsync(MapApproved, ct)).ToDictionary(m => m.PersonId);
    }

    public async Task<MemberReportRow?> FindMemberReportAsync(string reportId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT {MemberColumns} FROM reporting_member_reports WHERE report_id = @id");
        cmd.With("id", reportId);
        return (await cmd.ListAsync(MapMember, ct)).FirstOrDefault();
    }

    public async Task<UnitReportRow?> FindUnitReportAsync(string reportId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT {UnitColumns} FROM reporting_unit_reports WHERE report_id = @id");
        cmd.With("id", reportId);
        return (await cmd.ListAsync(MapUnit, ct)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<MemberReportRow>> MemberReportsOfAsync(string personId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT {MemberColumns} FROM reporting_member_reports WHERE person_id = @p ORDER BY requested_at DESC, report_id");
        cmd.With("p", personId);
        return await cmd.ListAsync(MapMember, ct);
    }

    public async Task<IReadOnlyList<UnitReportRow>> UnitReportsOfAsync(string unitId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"SELECT {UnitColumns} FROM reporting_unit_reports WHERE unit_id = @u ORDER BY requested_at DESC, report_id");
        cmd.With("u", unitId);
        return await cmd.ListAsync(MapUnit, ct);
    }

    /// <summary>Member reports to the organisation (community, or every community of a street/district), by status.</summary>
    public async Task<IReadOnlyList<MemberReportRow>> MemberReportsToAsync(OrganisationRow org, ReportStatus? status, int first, int offset, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT {MemberColumns} FROM reporting_member_reports
            WHERE {PathColumn(org)} = @org AND (@status::text IS NULL OR status = @status)
            ORDER BY requested_at, report_id LIMIT @first OFFSET @offset
            """);
        cmd.With("org", org.Id).With("status", status?.ToString()).With("first", Math.Clamp(first, 1, 500)).With("offset", Math.Max(0, offset));
        return await cmd.ListAsync(MapMember, ct);
    }

    public async Task<IReadOnlyList<UnitReportRow>> UnitReportsToAsync(OrganisationRow org, ReportStatus? status, int first, int offset, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT {UnitColumns} FROM reporting_unit_reports
            WHERE {PathColumn(org)} = @org AND (@status::text IS NULL OR status = @status)
            ORDER BY requested_at, report_id LIMIT @first OFFSET @offset
            """);
        cmd.With("org", org.Id).With("status", status?.ToString()).With("first", Math.Clamp(first, 1, 500)).With("offset", Math.Max(0, offset));
        return await cmd.ListAsync(MapUnit, ct);
    }

    private static string PathColumn(OrganisationRow org) => org.Kind switch
    {
        Domain.Organisations.OrganisationKind.District => "district_id",
        Domain.Organisations.OrganisationKind.Street => "street_id",
        _ => "community_id",
    };

    private static ServiceProfile Profile(string json) =>
        JsonSerializer.Deserialize<ServiceProfile>(json, ReportingProjection.Json) ?? ServiceProfile.Empty;

    private static MemberReportRow MapMember(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), new OrgPath(r.GetString(2), r.NullableString(3), r.GetString(4)), r.GetString(5),
            r.NullableString(6), r.NullableString(7), Profile(r.GetString(8)), Enum.Parse<ReportStatus>(r.GetString(9)), r.NullableString(10),
            r.Time(11), r.GetString(12), r.NullableTime(13), r.NullableString(14), r.GetInt64(15));

    private static UnitReportRow MapUnit(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), new OrgPath(r.GetString(3), r.NullableString(4), r.NullableString(5)),
            r.NullableString(6), Enum.Parse<ReportStatus>(r.GetString(7)), r.NullableString(8), r.Time(9), r.GetString(10),
            r.NullableTime(11), r.NullableString(12), r.GetInt64(13));

    private static ApprovedMember MapApproved(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), new OrgPath(r.GetString(2), r.NullableString(3), r.GetString(4)), r.GetString(5),
            r.NullableString(6), r.NullableString(7), Profile(r.GetString(8)), r.Time(9));
}
