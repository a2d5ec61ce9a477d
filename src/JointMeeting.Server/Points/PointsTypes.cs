using JointMeeting.Domain.Common;
using JointMeeting.Domain.Points;
using JointMeeting.EventStore;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Points;

public enum PointsOwnerKind { Member, Unit }

public sealed record MyPoints(int Year, YearStanding Standing, IReadOnlyList<PointsEntry> Entries, IReadOnlyList<YearStanding> Years);

public sealed record LeaderboardEntry(int Rank, LedgerRow Row);

public sealed record RecomputePointsInput(string? Reason = null);

public sealed record SendUnitServiceReportsInput(int Year, int Quarter);

/// <summary>myPoints, pointsLeaderboard(organisationId, year), unitServiceReports(unitId, year, quarter), recomputePoints, pointsRecomputations, sendUnitServiceReports.</summary>
public sealed class PointsTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<PointSource>("PointSource", "积分来源");
        b.Enum<StarGrade>("StarGrade", "星级颜色", g => (g.Label(), null));
        b.Enum<PointsOwnerKind>("PointsOwnerKind");
        b.Object<PointsEntry>("PointsEntry", t =>
        {
            t.Field("date", x => x.Date);
            t.Field("source", x => x.Source).Type("PointSource!");
            t.Field("sourceId", x => x.SourceId).Type("ID!");
            t.Field("points", x => x.Points);
            t.Field("reason", x => x.Reason).Type("String!");
        });
        b.Object<YearStanding>("YearStanding", t =>
        {
            t.Field("year", x => x.Year);
            t.Field("points", x => x.Points);
            t.Field("stars", x => x.Stars);
            t.Field("grade", x => x.Grade).Type("StarGrade!");
            t.Field("gradeLabel", x => x.Grade.Label()).Type("String!");
        });
        b.Object<MyPoints>("MyPoints", t =>
        {
            t.Field("year", x => x.Year);
            t.Field("points", x => x.Standing.Points);
            t.Field("stars", x => x.Standing.Stars);
            t.Field("grade", x => x.Standing.Grade).Type("StarGrade!");
            t.Field("gradeLabel", x => x.Standing.Grade.Label()).Type("String!");
            t.Field("entries", x => x.Entries).Type("[PointsEntry!]!").Description("积分明细（当年，最新在前）");
            t.Field("years", x => x.Years).Type("[YearStanding!]!");
        });
        b.Object<LeaderboardEntry>("LeaderboardEntry", t =>
        {
            t.Field("rank", x => x.Rank);
            t.Field("ownerId", x => x.Row.OwnerId).Type("ID!");
            t.Field("ownerKind", x => x.Row.OwnerKind == "unit" ? PointsOwnerKind.Unit : PointsOwnerKind.Member).Type("PointsOwnerKind!");
            t.Field("name").Type("String").Resolve(async ctx =>
            {
                var row = ctx.Parent<LeaderboardEntry>().Row;
                return row.OwnerKind == "unit"
                    ? (await WishGraph.OrganisationAsync(ctx, row.OwnerId))?.Name
                    : (await WishGraph.PersonAsync(ctx, row.OwnerId))?.DisplayName;
            });
            t.Field("points", x => x.Row.Points);
            t.Field("stars", x => x.Row.Stars);
            t.Field("grade", x => x.Row.Grade).Type("StarGrade!");
            t.Field("gradeLabel", x => x.Row.Grade.Label()).Type("String!");
        });
        b.Object<MemberServiceReport>("MemberServiceReport", t =>
        {
            t.Field("member").Type("PersonRef!").Resolve(ctx => new PersonRef(ctx.Parent<MemberServiceReport>().PersonId, ctx.Parent<MemberServiceReport>().DisplayName));
            t.Field("year", x => x.Report.Year);
            t.Field("quarter", x => x.Report.Quarter);
            t.Field("wishesFulfilled", x => x.Report.WishesFulfilled);
            t.Field("volunteerHours", x => x.Report.VolunteerHours);
            t.Field("actionItemsDone", x => x.Report.ActionItemsDone);
            t.Field("points", x => x.Report.Points);
            t.Field("starsEarned", x => x.Report.StarsEarned);
            t.Field("starsYearToDate", x => x.Report.StarsYearToDate);
            t.Field("gradeYearToDate", x => x.Report.GradeYearToDate).Type("StarGrade!");
        });

        b.Query("myPoints", f => f.Type("MyPoints!").Argument("year", "Int").Description("我的积分和星级（默认今年）").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            var year = ctx.Arg<int?>("year") ?? ChinaTime.Today(ctx.Service<TimeProvider>().GetUtcNow()).Year;
            var facts = await ctx.Service<PointsStore>().FactsOfAsync([actor.PersonId], ctx.CancellationToken);
            var ledger = PointsCalculator.Ledger(actor.PersonId, facts, ctx.Service<PointsRulesSource>().Current);
            return new MyPoints(year, ledger.For(year), ledger.Entries.Where(e => e.Date.Year == year).Reverse().ToList(), ledger.Years);
        }));
        b.Query("pointsLeaderboard", f => f.Type("[LeaderboardEntry!]!").Argument("organisationId", "ID!").Argument("year", "Int!")
            .Argument("owners", "PointsOwnerKind", PointsOwnerKind.Member).Argument("take", "Int", 20)
            .Description("社区或街道积分榜：党员（按报到社区）或共建单位").Resolve(async ctx =>
            {
                await WishGraph.ActorAsync(ctx);
                var (org, year, take) = (ctx.Arg<string>("organisationId"), ctx.Arg<int>("year"), Math.Clamp(ctx.Arg<int?>("take") ?? 20, 1, 100));
                var store = ctx.Service<PointsStore>();
                var rows = ctx.Arg<PointsOwnerKind?>("owners") == PointsOwnerKind.Unit
                    ? await store.UnitBoardAsync(await ctx.Service<IReportingDirectory>().CoBuildingUnitsAsync(org, ctx.CancellationToken), year, take, ctx.CancellationToken)
                    : await store.MemberBoardAsync(org, year, take, ctx.CancellationToken);
                return rows.Select((r, i) => new LeaderboardEntry(i + 1, r)).ToList();
            }));
        b.Query("unitServiceReports", f => f.Type("[MemberServiceReport!]!").Argument("unitId", "ID!").Argument("year", "Int!").Argument("quarter", "Int!")
            .Description("双报告：本单位在职党员的季度社区服务情况").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                var unitId = ctx.Arg<string>("unitId");
                var unit = await ctx.Service<IOrganisationDirectory>().FindAsync(unitId, ctx.CancellationToken);
                PointsReadPolicy.Demand(PointsReadPolicy.CanSeeUnitReports(actor, unitId, unit?.Path), "仅本单位联络人及所在街道、社区的书记可查看双报告");
                return await ctx.Service<UnitServiceReports>().ForUnitAsync(unitId, ctx.Arg<int>("year"), ctx.Arg<int>("quarter"), ctx.CancellationToken);
            }));

        b.Input<RecomputePointsInput>("RecomputePointsInput", i => i.Field("reason", "String", "例如“积分规则调整”"));
        b.Mutation("recomputePoints", f => f.Type("Boolean!").Argument("input", "RecomputePointsInput!")
            .Description("按当前积分规则从全部事件重算积分和星级（后台进行，稍后生效）；记录操作人、原因和所用规则").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                PointsReadPolicy.Demand(PointsReadPolicy.CanAdminister(actor), "仅区委组织部管理员可重算积分");
                await ctx.Service<PointsRecomputations>().RequestAsync(actor, ctx.Arg<RecomputePointsInput>("input").Reason, ctx.CancellationToken);
                return true;
            }));
        b.Object<PointsRecomputation>("PointsRecomputation", t =>
        {
            t.Description("一次积分重算：谁、何时、为何、按哪套规则");
            t.Field("id", r => r.Id.ToString()).Type("ID!");
            t.Field("requestedAt", r => r.RequestedAt);
            t.Field("requestedBy").Type("PersonRef").Resolve(async ctx => await WishGraph.PersonRefAsync(ctx, ctx.Parent<PointsRecomputation>().PersonId));
            t.Field("reason", r => r.Reason).Type("String");
            t.Field("rules", r => r.Rules).Type("String!").Description("重算时生效的积分规则（JSON）");
        });
        b.Query("pointsRecomputations", f => f.Type("[PointsRecomputation!]!").Argument("first", "Int", 10)
            .Description("最近的积分重算记录（仅区委组织部管理员），最新在前").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                PointsReadPolicy.Demand(PointsReadPolicy.CanAdminister(actor), "仅区委组织部管理员可查看积分重算记录");
                return await ctx.Service<PointsRecomputations>().LatestAsync(ctx.Arg<int>("first"), ctx.CancellationToken);
            }));
        b.Input<SendUnitServiceReportsInput>("SendUnitServiceReportsInput", i => i.Field("year", "Int!").Field("quarter", "Int!"));
        b.Mutation("sendUnitServiceReports", f => f.Type("Int!").Argument("input", "SendUnitServiceReportsInput!")
            .Description("立即向辖区内各单位联络人发送某季度双报告（区管理员：全区；街道书记：本街道；同一季度不会重复发送），返回排队的邮件数").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                PointsReadPolicy.Demand(PointsReadPolicy.CanSendUnitReports(actor), "仅区委组织部管理员和街道书记可发送双报告");
                var input = ctx.Arg<SendUnitServiceReportsInput>("input");
                if (input.Quarter is < 1 or > 4) throw DomainException.Invalid("quarter", "季度须为1至4");
                return await ctx.Service<UnitServiceReports>().SendAsync(input.Year, input.Quarter, ctx.CancellationToken, by: actor);
            }));
    }
}
