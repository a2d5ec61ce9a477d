using JointMeeting.Domain.Common;
using JointMeeting.EventStore;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>Rows of <c>cycle_claim_facts</c>, written by the needs, projects and resources projections.</summary>
public static class ClaimFacts
{
    public static Task AddAsync(ProjectionContext ctx, string subject, string subjectId, string claimId, string unitId, OrgPath where,
        DateTimeOffset at, string by, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, """
            INSERT INTO cycle_claim_facts (subject, subject_id, claim_id, unit_id, district_id, street_id, community_id, claimed_at, claimed_by, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'Pending')
            ON CONFLICT (subject, subject_id, claim_id) DO NOTHING
            """, ct, subject, subjectId, claimId, unitId, where.DistrictId, Sql.Text(where.StreetId), Sql.Text(where.CommunityId), at, by);

    public static Task SetStatusAsync(ProjectionContext ctx, string subject, string subjectId, string claimId, string status, CancellationToken ct) =>
        Sql.ExecuteAsync(ctx, "UPDATE cycle_claim_facts SET status = $4 WHERE subject = $1 AND subject_id = $2 AND claim_id = $3",
            ct, subject, subjectId, claimId, status);
}
