using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Privacy;

/// <summary>
/// A person in the audit: their login name and masked name only, so reading the audit is not itself
/// an unmasked view (it would otherwise write a record per row it shows).
/// </summary>
public sealed record PrivacyPerson(string PersonId, string AccountId, string Username, string MaskedName);

public sealed class PrivacyTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<PrivacyPerson>("PrivacyPerson", t =>
        {
            t.Description("个人信息查看记录中的人：登录名与脱敏姓名");
            t.Field("personId", p => p.PersonId).Type("ID!");
            t.Field("accountId", p => p.AccountId).Type("ID!");
            t.Field("username", p => p.Username).Type("String!");
            t.Field("maskedName", p => p.MaskedName).Type("String!");
        });
        b.Object<PrivacyViewRow>("PrivacyView", t =>
        {
            t.Description("一次查看他人完整个人信息的记录");
            t.Field("id", v => v.Id.ToString()).Type("ID!");
            t.Field("viewerPersonId", v => v.ViewerPersonId).Type("ID!");
            t.Field("viewerAccountId", v => v.ViewerAccountId).Type("ID!");
            t.Field("viewer").Type("PrivacyPerson").Resolve(async ctx => await PersonAsync(ctx, ctx.Parent<PrivacyViewRow>().ViewerPersonId));
            t.Field("subjectPersonId", v => v.SubjectPersonId).Type("ID!")
                .Description("被查看者；单位联系人为 unit-contact:{单位id}，微心愿居民为 resident:{心愿id}");
            t.Field("subject").Type("PrivacyPerson").Description("被查看者的账户（单位联系人、居民没有账户时为 null）")
                .Resolve(async ctx => await PersonAsync(ctx, ctx.Parent<PrivacyViewRow>().SubjectPersonId));
            t.Field("subjectUnit").Type("Organisation").Description("被查看的是单位联系人时：该单位")
                .Resolve(async ctx => await ctx.OrganisationAsync(UnitOf(ctx.Parent<PrivacyViewRow>().SubjectPersonId)));
            t.Field("fields", v => v.Fields).Type("[String!]!");
            t.Field("reason", v => v.Reason).Type("String!").Description("secretary / unit-contact / granted");
            t.Field("context", v => v.Context).Type("String!");
            t.Field("viewedAt", v => v.ViewedAt).Description("首次查看时间");
            t.Field("viewCount", v => v.ViewCount).Type("Int!").Description("同一人在同一页面 10 分钟内重复查看同一信息计为一条，此为次数");
            t.Field("lastViewedAt", v => v.LastViewedAt).Type("DateTime").Description("多次查看时，最后一次的时间");
        });
        b.Query("privacyViews", f => Filtered(f).Type("[PrivacyView!]!").Description("个人信息查看记录（仅区委组织部管理员），最新在前")
            .Argument("first", "Int", 100).Argument("offset", "Int", 0)
            .Resolve(async ctx => await ctx.Service<PrivacyViews>().ListAsync(await ctx.ActorAsync(), FilterOf(ctx),
                ctx.Arg<int>("first"), ctx.Arg<int>("offset"), ctx.CancellationToken)));
        b.Query("privacyViewCount", f => Filtered(f).Type("Int!").Description("privacyViews 同条件下的记录总数（用于分页）")
            .Resolve(async ctx => await ctx.Service<PrivacyViews>().CountAsync(await ctx.ActorAsync(), FilterOf(ctx), ctx.CancellationToken)));
    }

    private static FieldDescriptor<object> Filtered(FieldDescriptor<object> f) =>
        f.Argument("subjectPersonId", "ID").Argument("viewerPersonId", "ID").Argument("since", "DateTime");

    private static PrivacyViewFilter FilterOf(ResolverContext ctx) => new(ctx.Arg<string?>("subjectPersonId"),
        ctx.Arg<string?>("viewerPersonId"), ctx.HasArg("since") ? ctx.Arg<DateTimeOffset?>("since") : null);

    private static string? UnitOf(string subjectPersonId) =>
        subjectPersonId.StartsWith("unit-contact:", StringComparison.Ordinal) ? subjectPersonId["unit-contact:".Length..] : null;

    private static async Task<PrivacyPerson?> PersonAsync(ResolverContext ctx, string personId)
    {
        if (personId.Contains(':')) return null; // a unit's contact or a wish's resident: no account
        var accounts = ctx.Service<AccountReadModel>();
        return await ctx.DataLoader<string, PrivacyPerson>("privacyPersonById", async (ids, ct) =>
            (await accounts.ByPersonIdsAsync(ids.ToList(), ct)).ToDictionary(a => a.PersonId,
                a => new PrivacyPerson(a.PersonId, a.Id, a.LoginName, Masking.Name(a.Profile.DisplayName)))).LoadAsync(personId);
    }
}
