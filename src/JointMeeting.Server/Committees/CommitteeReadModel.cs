using System.Text.Json;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;
using Npgsql;

namespace JointMeeting.Server.Committees;

public sealed record CommitteeMemberRow(
    string PersonId, string Name, string? Email, bool PartTime, string? FromOrganisationId, DateOnly? TermStart, DateOnly? TermEnd);

public sealed record CommitteeRow(
    string Id, CommitteeLevel Level, string OrganisationId, OrgPath Path, string Name, string ConvenerPersonId,
    Cadence Cadence, IReadOnlyList<DateOnly> SkippedDates, long Version, IReadOnlyList<CommitteeMemberRow> Members);

public sealed class CommitteeReadModel(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<CommitteeRow>> OfOrganisationAsync(string? organisationId, CancellationToken ct) =>
        await QueryAsync("WHERE (@org::text IS NULL OR c.organisation_id = @org)", cmd => cmd.With("org", organisationId), ct);

    /// <summary>
    /// Committees whose organisation lies inside <paramref name="path"/> (the organisation itself and everything under
    /// it), by the path columns each committee keeps: a street's own 大工委 and its communities' 联合党委.
    /// </summary>
    public async Task<IReadOnlyList<CommitteeRow>> WithinAsync(OrgPath path, CancellationToken ct) =>
        await QueryAsync("""
            WHERE c.district_id = @d AND (@s::text IS NULL OR c.street_id = @s) AND (@c::text IS NULL OR c.community_id = @c)
            """, cmd => cmd.With("d", path.DistrictId).With("s", path.StreetId).With("c", path.CommunityId), ct);

    public async Task<CommitteeRow?> FindAsync(string id, CancellationToken ct) =>
        (await QueryAsync("WHERE c.id = @id", cmd => cmd.With("id", id), ct)).FirstOrDefault();

    private async Task<IReadOnlyList<CommitteeRow>> QueryAsync(string where, Action<NpgsqlCommand> bind, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"""
            SELECT c.id, c.level, c.organisation_id, c.district_id, c.street_id, c.community_id, c.name, c.convener_person_id,
                   c.cadence::text, c.skipped_dates::text, c.version,
                   COALESCE((SELECT json_agg(json_build_object('personId', m.person_id, 'name', m.name, 'email', m.email,
                       'partTime', m.part_time, 'fromOrganisationId', m.from_organisation_id, 'termStart', m.term_start, 'termEnd', m.term_end)
                       ORDER BY m.part_time, m.position) FROM committee_members m WHERE m.committee_id = c.id), '[]')::text
            FROM committee_committees c {where} ORDER BY c.created_at, c.id
            """);
        bind(cmd);
        return await cmd.ListAsync(r => new CommitteeRow(r.GetString(0), Enum.Parse<CommitteeLevel>(r.GetString(1)), r.GetString(2),
            new OrgPath(r.GetString(3), r.NullableString(4), r.NullableString(5)), r.GetString(6), r.GetString(7),
            JsonSerializer.Deserialize<Cadence>(r.GetString(8), ReportingProjection.Json)!,
            JsonSerializer.Deserialize<List<DateOnly>>(r.GetString(9), ReportingProjection.Json)!, r.GetInt64(10),
            JsonSerializer.Deserialize<List<CommitteeMemberRow>>(r.GetString(11), ReportingProjection.Json)!), ct);
    }
}
