using JointMeeting.Domain.Common;
using JointMeeting.Server.Organisations;
using Npgsql;

namespace JointMeeting.Server.Privacy;

/// <summary>Personal fields as one viewer may see them, and whether they were shown whole.</summary>
public sealed record Revealed(PersonalFields Fields, bool Unmasked);

/// <summary>One person's fields to show, with what the policy needs to know about them.</summary>
public sealed record RevealRequest(PrivacySubject Subject, PersonalFields Fields);

/// <summary>
/// The one door personal fields go out through: the domain's <see cref="PrivacyPolicy"/> decides
/// masked or whole, and every whole view of someone else is written to privacy_views (one insert per batch).
/// </summary>
public sealed class PrivacyGuard(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>Repeated views of the same fields by one viewer on one screen within this window share a row.</summary>
    public static readonly TimeSpan CoalesceWithin = TimeSpan.FromMinutes(10);

    /// <param name="context">What was being read, e.g. "account", "unit-contact", "wish-resident".</param>
    public async Task<IReadOnlyList<Revealed>> RevealAsync(Actor viewer, IReadOnlyList<RevealRequest> requests, string context, CancellationToken ct)
    {
        var results = new List<Revealed>(requests.Count);
        var audits = new List<Audit>();
        foreach (var request in requests)
        {
            var decision = PrivacyPolicy.Decide(viewer, request.Subject);
            results.Add(new Revealed(decision.Apply(request.Fields), decision.Unmasked));
            if (decision.RecordView)
                audits.Add(new Audit(request.Subject.PersonId, string.Join(',', FieldNames(request.Fields)), decision.Reason, request.Subject.PlacedIn?.DistrictId));
        }
        if (audits.Count > 0) await RecordAsync(viewer, audits.Distinct().ToList(), context, ct);
        return results;
    }

    public async Task<Revealed> RevealAsync(Actor viewer, PrivacySubject subject, PersonalFields fields, string context, CancellationToken ct) =>
        (await RevealAsync(viewer, [new RevealRequest(subject, fields)], context, ct))[0];

    private sealed record Audit(string Subject, string Fields, string Reason, string? DistrictId);

    // One statement: bump the row of a view recorded within the window, insert the rest. Two concurrent reads may both
    // insert; the audit then holds two rows, never fewer than happened.
    private async Task RecordAsync(Actor viewer, List<Audit> audits, string context, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            WITH s AS (
                SELECT subject, string_to_array(fields, ',') AS fields, reason, district
                FROM unnest(@subjects, @fields, @reasons, @districts) AS u(subject, fields, reason, district)
            ), bumped AS (
                UPDATE privacy_views p SET view_count = p.view_count + 1, last_viewed_at = @at
                FROM s
                WHERE p.viewer_person_id = @viewer AND p.subject_person_id = s.subject AND p.context = @context
                  AND p.fields = s.fields AND p.reason = s.reason AND p.viewed_at > @since
                RETURNING s.subject, s.fields, s.reason
            )
            INSERT INTO privacy_views (viewer_person_id, viewer_account_id, subject_person_id, fields, reason, context, viewed_at, district_id)
            SELECT @viewer, @account, s.subject, s.fields, s.reason, @context, @at, s.district
            FROM s
            WHERE NOT EXISTS (SELECT 1 FROM bumped b WHERE b.subject = s.subject AND b.fields = s.fields AND b.reason = s.reason)
            """);
        var at = clock.GetUtcNow();
        cmd.With("viewer", viewer.PersonId).With("account", viewer.AccountId).With("context", context).With("at", at)
            .With("since", at - CoalesceWithin)
            .With("subjects", audits.Select(a => a.Subject).ToArray())
            .With("fields", audits.Select(a => a.Fields).ToArray())
            .With("reasons", audits.Select(a => a.Reason).ToArray())
            .With("districts", audits.Select(a => a.DistrictId).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string[] FieldNames(PersonalFields f) =>
        new[] { ("name", f.Name), ("phone", f.Phone), ("email", f.Email), ("address", f.Address) }
            .Where(x => !string.IsNullOrEmpty(x.Item2)).Select(x => x.Item1).ToArray();
}
