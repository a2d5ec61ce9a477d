using JointMeeting.Domain.Common;
using JointMeeting.Server.Organisations;
using Npgsql;

namespace JointMeeting.Server.Privacy;

public sealed record PrivacyViewRow(
    long Id, string ViewerPersonId, string ViewerAccountId, string SubjectPersonId, IReadOnlyList<string> Fields, string Reason,
    string Context, DateTimeOffset ViewedAt, int ViewCount = 1, DateTimeOffset? LastViewedAt = null);

/// <summary>The filters of the audit: whose details, who looked, from when.</summary>
public sealed record PrivacyViewFilter(string? SubjectPersonId, string? ViewerPersonId, DateTimeOffset? Since);

/// <summary>
/// The audit of unmasked reads, for the district admin (issue 4 §6): who saw whose personal fields, when and why —
/// only views of people placed in the admin's own districts.
/// </summary>
public sealed class PrivacyViews(NpgsqlDataSource db)
{
    private const string Where = """
         WHERE district_id = ANY(@districts) AND (@subject::text IS NULL OR subject_person_id = @subject) AND (@viewer::text IS NULL OR viewer_person_id = @viewer)
           AND (@since::timestamptz IS NULL OR viewed_at >= @since)
        """;

    public async Task<IReadOnlyList<PrivacyViewRow>> ListAsync(Actor viewer, PrivacyViewFilter filter, int first, int offset, CancellationToken ct)
    {
        Demand(viewer);
        await using var cmd = db.CreateCommand(
            "SELECT id, viewer_person_id, viewer_account_id, subject_person_id, fields, reason, context, viewed_at, view_count, last_viewed_at FROM privacy_views"
            + Where + " ORDER BY viewed_at DESC, id DESC LIMIT @first OFFSET @offset");
        With(cmd, viewer, filter).With("first", Math.Clamp(first, 1, 500)).With("offset", Math.Max(0, offset));
        return await cmd.ListAsync(r => new PrivacyViewRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetFieldValue<string[]>(4), r.GetString(5), r.GetString(6), r.Time(7), r.GetInt32(8), r.NullableTime(9)), ct);
    }

    /// <summary>How many records <see cref="ListAsync"/> pages through (for a pager's page count).</summary>
    public async Task<int> CountAsync(Actor viewer, PrivacyViewFilter filter, CancellationToken ct)
    {
        Demand(viewer);
        await using var cmd = db.CreateCommand("SELECT count(*)::int FROM privacy_views" + Where);
        With(cmd, viewer, filter);
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static void Demand(Actor viewer) =>
        ScopeRules.Demand(viewer.Holds(Role.DistrictAdmin), "仅区委组织部管理员可查看个人信息查看记录");

    private static NpgsqlCommand With(NpgsqlCommand cmd, Actor admin, PrivacyViewFilter f) =>
        cmd.With("districts", admin.ScopesOf(Role.DistrictAdmin).ToArray())
            .With("subject", Blank(f.SubjectPersonId)).With("viewer", Blank(f.ViewerPersonId)).With("since", f.Since);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
