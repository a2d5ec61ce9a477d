using System.Text.Json;
using JointMeeting.Domain.Committees;
using JointMeeting.EventStore;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Committees;

/// <summary>committee_committees and committee_members, in the append's transaction.</summary>
public sealed class CommitteeProjection : IInlineProjection
{
    public async Task ApplyAsync(IReadOnlyList<RecordedEvent> events, ProjectionContext ctx, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (e.Data is not ICommitteeEvent evt) continue;
            Npgsql.NpgsqlCommand? cmd = evt switch
            {
                CommitteeCreated c => ctx.CreateCommand("""
                    INSERT INTO committee_committees (id, level, organisation_id, district_id, street_id, community_id, name,
                        convener_person_id, cadence, version, created_at)
                    VALUES (@id, @level, @org, @d, @s, @c, @name, @convener, @cadence::jsonb, @version, @at);
                    INSERT INTO committee_members (committee_id, person_id, name, email, part_time, position)
                    VALUES (@id, @convener, @seatName, @seatEmail, false, @version)
                    """).With("level", c.Level.ToString()).With("org", c.OrganisationId).With("d", c.Path.DistrictId)
                    .With("s", c.Path.StreetId).With("c", c.Path.CommunityId).With("name", c.Name).With("convener", c.Convener.PersonId)
                    .With("seatName", c.Convener.Name).With("seatEmail", c.Convener.Email)
                    .With("cadence", JsonSerializer.Serialize(c.Cadence, ReportingProjection.Json)).With("at", c.At),
                CommitteeRenamed r => Touch(ctx, "name = @name").With("name", r.Name),
                ConvenerChanged c => Touch(ctx, "convener_person_id = @p").With("p", c.PersonId),
                StandingMemberAdded a => AddMember(ctx, a.Seat, false, null, null, null),
                PartTimeMemberAppointed a => AddMember(ctx, a.Seat, true, a.FromOrganisationId, a.TermStart, a.TermEnd),
                StandingMemberRemoved r => RemoveMember(ctx, r.PersonId),
                PartTimeTermEnded r => RemoveMember(ctx, r.PersonId),
                CadenceSet c => Touch(ctx, "cadence = @cadence::jsonb, skipped_dates = @skipped::jsonb")
                    .With("cadence", JsonSerializer.Serialize(c.Cadence, ReportingProjection.Json))
                    .With("skipped", JsonSerializer.Serialize(c.SkippedDates.Select(d => d.ToString("yyyy-MM-dd")))),
                MemberEmailChanged m => ctx.CreateCommand("""
                    UPDATE committee_members SET email = @email WHERE committee_id = @id AND person_id = @p;
                    UPDATE committee_committees SET version = @version WHERE id = @id
                    """).With("email", m.Email).With("p", m.PersonId),
                _ => null,
            };
            if (cmd is null) continue;
            await using (cmd)
            {
                cmd.With("id", evt.CommitteeId).With("version", e.Version);
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
    }

    public async Task ResetAsync(ProjectionContext ctx, CancellationToken ct) =>
        await ctx.CreateCommand("TRUNCATE committee_committees, committee_members").ExecuteNonQueryAsync(ct);

    private static Npgsql.NpgsqlCommand Touch(ProjectionContext ctx, string set) =>
        ctx.CreateCommand($"UPDATE committee_committees SET {set}, version = @version WHERE id = @id");

    private static Npgsql.NpgsqlCommand AddMember(ProjectionContext ctx, CommitteeSeat seat, bool partTime, string? from, DateOnly? start, DateOnly? end) =>
        ctx.CreateCommand("""
            INSERT INTO committee_members (committee_id, person_id, name, email, part_time, from_organisation_id, term_start, term_end, position)
            VALUES (@id, @p, @name, @email, @partTime, @from, @start, @end, @version) ON CONFLICT DO NOTHING;
            UPDATE committee_committees SET version = @version WHERE id = @id
            """).With("p", seat.PersonId).With("name", seat.Name).With("email", seat.Email).With("partTime", partTime)
            .With("from", from).With("start", start).With("end", end);

    private static Npgsql.NpgsqlCommand RemoveMember(ProjectionContext ctx, string personId) =>
        ctx.CreateCommand("""
            DELETE FROM committee_members WHERE committee_id = @id AND person_id = @p;
            UPDATE committee_committees SET version = @version WHERE id = @id
            """).With("p", personId);
}
