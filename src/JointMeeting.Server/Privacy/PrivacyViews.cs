using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Organisations;
using Npgsql;

namespace JointMeeting.Server.Privacy;

public sealed record PrivacyViewRow(
    long Id, string ViewerPersonId, string ViewerAccountId, string SubjectPersonId, IReadOnlyList<string> Fields, string Reason,
    string Context, DateTimeOffset ViewedAt);

/// <summary>The audit of unmasked reads, for the district admin (issue 4 §6): who saw whose personal fields, when and why.</summary>
public sealed class PrivacyViews(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<PrivacyViewRow>> ListAsync(Actor viewer, string? subjectPersonId, string? viewerPersonId,
        DateTimeOffset? since, int first, int offset, CancellationToken ct)
    {
        ScopeRules.Demand(viewer.Holds(Role.DistrictAdmin), "仅区委组织部管理员可查看个人信息查看记录");
        await using var cmd = db.CreateCommand("""
            SELECT id, viewer_person_id, viewer_account_id, subject_person_id, fields, reason, context, viewed_at FROM privacy_views
            WHERE (@subject::text IS NULL OR subject_person_id = @subject) AND (@viewer::text IS NULL OR viewer_person_id = @viewer)
              AND (@since::timestamptz IS NULL OR viewed_at >= @since)
            ORDER BY viewed_at DESC, id DESC LIMIT @first OFFSET @offset
            """);
        cmd.With("subject", subjectPersonId).With("viewer", viewerPersonId).With("since", since)
            .With("first", Math.Clamp(first, 1, 500)).With("offset", Math.Max(0, offset));
        return await cmd.ListAsync(r => new PrivacyViewRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetFieldValue<string[]>(4), r.GetString(5), r.GetString(6), r.Time(7)), ct);
    }
}

public sealed class PrivacyTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<PrivacyViewRow>("PrivacyView", t =>
        {
            t.Description("一次查看他人完整个人信息的记录");
            t.Field("id", v => v.Id.ToString()).Type("ID!");
            t.Field("viewerPersonId", v => v.ViewerPersonId).Type("ID!");
            t.Field("viewerAccountId", v => v.ViewerAccountId).Type("ID!");
            t.Field("subjectPersonId", v => v.SubjectPersonId).Type("ID!").Description("被查看者；单位联系人为 unit-contact:{单位id}");
            t.Field("fields", v => v.Fields).Type("[String!]!");
            t.Field("reason", v => v.Reason).Type("String!").Description("secretary / unit-contact / granted");
            t.Field("context", v => v.Context).Type("String!");
            t.Field("viewedAt", v => v.ViewedAt);
        });
        b.Query("privacyViews", f => f.Type("[PrivacyView!]!").Description("个人信息查看记录（仅区委组织部管理员）")
            .Argument("subjectPersonId", "ID").Argument("viewerPersonId", "ID").Argument("since", "DateTime")
            .Argument("first", "Int", 100).Argument("offset", "Int", 0)
            .Resolve(async ctx => await ctx.Service<PrivacyViews>().ListAsync(await ctx.ActorAsync(), ctx.Arg<string?>("subjectPersonId"),
                ctx.Arg<string?>("viewerPersonId"), ctx.HasArg("since") ? ctx.Arg<DateTimeOffset?>("since") : null,
                ctx.Arg<int>("first"), ctx.Arg<int>("offset"), ctx.CancellationToken)));
    }
}
