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
    /// <param name="context">What was being read, e.g. "account", "unit-contact", "wish-resident".</param>
    public async Task<IReadOnlyList<Revealed>> RevealAsync(Actor viewer, IReadOnlyList<RevealRequest> requests, string context, CancellationToken ct)
    {
        var results = new List<Revealed>(requests.Count);
        var audits = new List<(string Subject, string[] Fields, string Reason)>();
        foreach (var request in requests)
        {
            var decision = PrivacyPolicy.Decide(viewer, request.Subject);
            results.Add(new Revealed(decision.Apply(request.Fields), decision.Unmasked));
            if (decision.RecordView) audits.Add((request.Subject.PersonId, FieldNames(request.Fields), decision.Reason));
        }
        if (audits.Count > 0) await RecordAsync(viewer, audits, context, ct);
        return results;
    }

    public async Task<Revealed> RevealAsync(Actor viewer, PrivacySubject subject, PersonalFields fields, string context, CancellationToken ct) =>
        (await RevealAsync(viewer, [new RevealRequest(subject, fields)], context, ct))[0];

    private async Task RecordAsync(Actor viewer, List<(string Subject, string[] Fields, string Reason)> audits, string context, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO privacy_views (viewer_person_id, viewer_account_id, subject_person_id, fields, reason, context, viewed_at)
            SELECT @viewer, @account, s.subject, string_to_array(s.fields, ','), s.reason, @context, @at
            FROM unnest(@subjects, @fields, @reasons) AS s(subject, fields, reason)
            """);
        cmd.With("viewer", viewer.PersonId).With("account", viewer.AccountId).With("context", context).With("at", clock.GetUtcNow())
            .With("subjects", audits.Select(a => a.Subject).ToArray())
            .With("fields", audits.Select(a => string.Join(',', a.Fields)).ToArray())
            .With("reasons", audits.Select(a => a.Reason).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string[] FieldNames(PersonalFields f) =>
        new[] { ("name", f.Name), ("phone", f.Phone), ("email", f.Email), ("address", f.Address) }
            .Where(x => !string.IsNullOrEmpty(x.Item2)).Select(x => x.Item1).ToArray();
}
