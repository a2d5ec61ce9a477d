using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Reporting;

/// <summary>双报到 (issue 4 §5): member and unit reports, decisions, transfers (a new request while approved), withdrawals.</summary>
public sealed class ReportingTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<ReportStatus>("ReportStatus", "报到状态：待审核、已通过、已驳回、已撤回、已转移、已结束");
        b.Enum<Skill>("Skill", "特长");
        b.Enum<DayPart>("DayPart", "时段");
        b.Enum<DayOfWeek>("DayOfWeek", "星期");
        b.Object<AvailabilitySlot>("AvailabilitySlot", t =>
        {
            t.Field("day", s => s.Day).Type("DayOfWeek!");
            t.Field("part", s => s.Part).Type("DayPart!");
        });
        b.Object<ServiceProfile>("ServiceProfile", t =>
        {
            t.Field("skills", p => p.Skills).Type("[Skill!]!");
            t.Field("skillLabels", p => p.Skills.Select(s => SkillLabels.All[s]).ToList()).Type("[String!]!");
            t.Field("preferredCategories", p => p.PreferredCategories).Type("[String!]!");
            t.Field("availability", p => p.Availability).Type("[AvailabilitySlot!]!");
        });
        b.Object<MemberReportRow>("MemberReport", t =>
        {
            t.Field("id", r => r.ReportId).Type("ID!");
            t.Field("personId", r => r.PersonId).Type("ID!");
            t.Field("member").Type("Account").Description("报到党员（个人信息按隐私规则脱敏）").Resolve(async ctx => await MemberAsync(ctx, ctx.Parent<MemberReportRow>().PersonId));
            t.Field("communityId", r => r.Path.CommunityId).Type("ID!");
            t.Field("community").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<MemberReportRow>().Path.CommunityId));
            t.Field("unitId", r => r.UnitId).Type("ID!");
            t.Field("unit").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<MemberReportRow>().UnitId));
            t.Field("gridId", r => r.GridId).Type("ID");
            t.Field("grid").Type("Organisation").Description("居住网格").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<MemberReportRow>().GridId));
            t.Field("buildingId", r => r.BuildingId).Type("ID");
            t.Field("building").Type("Organisation").Description("居住楼栋").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<MemberReportRow>().BuildingId));
            t.Field("profile", r => r.Profile).Type("ServiceProfile!");
            Decision(t, r => (r.Status, r.Reason, r.RequestedAt, r.RequestedBy, r.DecidedAt, r.DecidedBy, r.Version));
        });
        b.Object<UnitReportRow>("UnitReport", t =>
        {
            t.Field("id", r => r.ReportId).Type("ID!");
            t.Field("unitId", r => r.UnitId).Type("ID!");
            t.Field("unit").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<UnitReportRow>().UnitId));
            t.Field("targetId", r => r.TargetId).Type("ID!");
            t.Field("target").Type("Organisation").Resolve(async ctx => await ctx.OrganisationAsync(ctx.Parent<UnitReportRow>().TargetId));
            t.Field("note", r => r.Note);
            Decision(t, r => (r.Status, r.Reason, r.RequestedAt, r.RequestedBy, r.DecidedAt, r.DecidedBy, r.Version));
        });

        b.Query("myMemberReports", f => f.Type("[MemberReport!]!").Description("我的报到记录（最新在前）").Resolve(async ctx =>
            await ctx.Service<ReportingQueries>().MemberReportsOfAsync(await ctx.ActorAsync(), null, ctx.CancellationToken)));
        b.Query("memberReportsOf", f => f.Type("[MemberReport!]!").Argument("personId", "ID!").Resolve(async ctx =>
            await ctx.Service<ReportingQueries>().MemberReportsOfAsync(await ctx.ActorAsync(), ctx.Arg<string>("personId"), ctx.CancellationToken)));
        b.Query("memberReports", f => f.Type("[MemberReport!]!").Description("报到到该组织（含下级社区）的党员申请，按状态筛选")
            .Argument("organisationId", "ID!").Argument("status", "ReportStatus").Argument("first", "Int", 100).Argument("offset", "Int", 0)
            .Resolve(async ctx => await ctx.Service<ReportingQueries>().MemberReportsToAsync(await ctx.ActorAsync(), ctx.Arg<string>("organisationId"),
                ctx.HasArg("status") ? ctx.Arg<ReportStatus?>("status") : null, ctx.Arg<int>("first"), ctx.Arg<int>("offset"), ctx.CancellationToken)));
        b.Query("unitReports", f => f.Type("[UnitReport!]!").Description("报到到该组织（含下级）的单位申请，按状态筛选")
            .Argument("organisationId", "ID!").Argument("status", "ReportStatus").Argument("first", "Int", 100).Argument("offset", "Int", 0)
            .Resolve(async ctx => await ctx.Service<ReportingQueries>().UnitReportsToAsync(await ctx.ActorAsync(), ctx.Arg<string>("organisationId"),
                ctx.HasArg("status") ? ctx.Arg<ReportStatus?>("status") : null, ctx.Arg<int>("first"), ctx.Arg<int>("offset"), ctx.CancellationToken)));
        b.Query("unitReportsOf", f => f.Type("[UnitReport!]!").Argument("unitId", "ID!").Resolve(async ctx =>
            await ctx.Service<ReportingQueries>().UnitReportsOfAsync(await ctx.ActorAsync(), ctx.Arg<string>("unitId"), ctx.CancellationToken)));
        b.Query("coBuildingUnits", f => f.Type("[Organisation!]!").Description("在该社区（街道）报到的共建单位；includeDescendants：连同在其下级社区报到的")
            .Argument("organisationId", "ID!").Argument("includeDescendants", "Boolean", false)
            .Resolve(async ctx =>
            {
                await ctx.ActorAsync();
                var organisationId = ctx.Arg<string>("organisationId");
                var reporting = ctx.Service<ReportingReadModel>();
                var ids = ctx.Arg<bool>("includeDescendants")
                    ? await reporting.CoBuildingUnitsWithinAsync((await ctx.Service<OrganisationReadModel>().GetRowAsync(organisationId, "组织", ctx.CancellationToken)).Path, ctx.CancellationToken)
                    : await reporting.CoBuildingUnitsAsync(organisationId, ctx.CancellationToken);
                var rows = await ctx.Service<OrganisationReadModel>().ByIdsAsync(ids.ToList(), ctx.CancellationToken);
                return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
            }));

        b.Input<AvailabilitySlotInput>("AvailabilitySlotInput", i => i.Field("day", "DayOfWeek!").Field("part", "DayPart!"));
        b.Input<ServiceProfileInput>("ServiceProfileInput", i => i.Field("skills", "[Skill!]").Field("preferredCategories", "[String!]")
            .Field("availability", "[AvailabilitySlotInput!]"));
        b.Input<RequestMemberReportInput>("RequestMemberReportInput", i => i.Description("首次报到或转移（已有通过的报到时，审核通过后原报到结束）")
            .Field("personId", "ID", "为他人登记时填写（社区书记）；本人报到不填").Field("communityId", "ID!").Field("unitId", "ID!")
            .Field("gridId", "ID").Field("buildingId", "ID").Field("profile", "ServiceProfileInput").Field("clientMutationId", "String"));
        b.Input<ReportActionInput>("ReportActionInput", i => i.Field("reportId", "ID!").Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<RejectReportInput>("RejectReportInput", i => i.Field("reportId", "ID!").Field("reason", "String!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<UpdateServiceProfileInput>("UpdateServiceProfileInput", i => i.Field("profile", "ServiceProfileInput!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<ChangeResidenceInput>("ChangeResidenceInput", i => i.Description("已通过的报到在同一社区内变更网格、楼栋（本人或社区书记）")
            .Field("reportId", "ID!").Field("gridId", "ID").Field("buildingId", "ID").Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<RequestUnitReportInput>("RequestUnitReportInput", i => i.Field("unitId", "ID!").Field("targetId", "ID!").Field("note", "String")
            .Field("clientMutationId", "String"));

        Member<RequestMemberReportInput>(b, "requestMemberReport", (s, a, i, ct) => s.RequestMemberReportAsync(a, i, ct));
        Member<ReportActionInput>(b, "approveMemberReport", (s, a, i, ct) => s.ApproveMemberReportAsync(a, i, ct));
        Member<RejectReportInput>(b, "rejectMemberReport", (s, a, i, ct) => s.RejectMemberReportAsync(a, i, ct));
        Member<ReportActionInput>(b, "withdrawMemberReport", (s, a, i, ct) => s.WithdrawMemberReportAsync(a, i, ct));
        Member<UpdateServiceProfileInput>(b, "updateServiceProfile", (s, a, i, ct) => s.UpdateServiceProfileAsync(a, i, ct));
        Member<ChangeResidenceInput>(b, "changeResidence", (s, a, i, ct) => s.ChangeResidenceAsync(a, i, ct));
        Unit<RequestUnitReportInput>(b, "requestUnitReport", (s, a, i, ct) => s.RequestUnitReportAsync(a, i, ct));
        Unit<ReportActionInput>(b, "approveUnitReport", (s, a, i, ct) => s.ApproveUnitReportAsync(a, i, ct));
        Unit<RejectReportInput>(b, "rejectUnitReport", (s, a, i, ct) => s.RejectUnitReportAsync(a, i, ct));
        Unit<ReportActionInput>(b, "withdrawUnitReport", (s, a, i, ct) => s.WithdrawUnitReportAsync(a, i, ct));
    }

    private static void Decision<T>(ComplexTypeDescriptor<T> t,
        Func<T, (ReportStatus Status, string? Reason, DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DecidedAt, string? DecidedBy, long Version)> d)
    {
        t.Field("status", r => d(r).Status).Type("ReportStatus!");
        t.Field("reason", r => d(r).Reason).Description("驳回原因");
        t.Field("requestedAt", r => d(r).RequestedAt);
        t.Field("requestedBy", r => d(r).RequestedBy).Type("ID!");
        t.Field("decidedAt", r => d(r).DecidedAt);
        t.Field("decidedBy", r => d(r).DecidedBy).Type("ID");
        t.Field("version", r => (int)d(r).Version).Description("该党员（单位）报到记录的版本，审核时作为 expectedVersion");
    }

    private static async Task<AccountView?> MemberAsync(ResolverContext ctx, string personId)
    {
        var viewer = await ctx.ActorAsync();
        var accounts = ctx.Service<AccountReadModel>();
        var views = ctx.Service<AccountViews>();
        return await ctx.DataLoader<string, AccountView>("accountViewByPerson", async (ids, ct) =>
        {
            var rows = await accounts.ByPersonIdsAsync(ids.ToList(), ct);
            return (await views.ViewAsync(viewer, rows, ct)).ToDictionary(v => v.Row.PersonId);
        }).LoadAsync(personId);
    }

    private static void Member<TInput>(SchemaBuilder b, string name, Func<ReportingService, Actor, TInput, CancellationToken, Task<MemberReportRow>> run) =>
        b.Mutation(name, f => f.Type("MemberReport!").Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
            await run(ctx.Service<ReportingService>(), await ctx.ActorAsync(), ctx.Arg<TInput>("input"), ctx.CancellationToken)));

    private static void Unit<TInput>(SchemaBuilder b, string name, Func<ReportingService, Actor, TInput, CancellationToken, Task<UnitReportRow>> run) =>
        b.Mutation(name, f => f.Type("UnitReport!").Argument("input", typeof(TInput).Name + "!").Resolve(async ctx =>
            await run(ctx.Service<ReportingService>(), await ctx.ActorAsync(), ctx.Arg<TInput>("input"), ctx.CancellationToken)));
}
