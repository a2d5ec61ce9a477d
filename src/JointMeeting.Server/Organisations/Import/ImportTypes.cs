using JointMeeting.Domain.Common.Import;
using JointMeeting.GraphQL.Types;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>importOrganisations / importUnits / importMembers and importJob(id) for progress and the per-row report.</summary>
public sealed class ImportTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<ImportKind>("ImportKind", "导入类型");
        b.Enum<ImportStatus>("ImportStatus", "REJECTED：有错误行，未写入任何数据；RUNNING：写入中；DONE：完成；FAILED：中途出错；INTERRUPTED：服务器停止，导入中断（见 message）");
        b.Object<ImportRowError>("ImportRowError", t =>
        {
            t.Field("row", e => e.Row).Description("行号（表头为第1行）");
            t.Field("column", e => e.Column).Type("String!");
            t.Field("reason", e => e.Reason).Type("String!");
        });
        b.Object<ImportJob>("ImportJob", t =>
        {
            t.Field("id", j => j.Id).Type("ID!");
            t.Field("kind", j => j.Kind).Type("ImportKind!");
            t.Field("organisationId", j => j.OrganisationId).Type("ID!");
            t.Field("status", j => j.Status).Type("ImportStatus!");
            t.Field("total", j => j.Total).Description("数据行数");
            t.Field("valid", j => j.Valid).Description("通过校验、将写入的行数");
            t.Field("processed", j => j.Processed).Description("已写入（含写入失败）的行数");
            t.Field("failed", j => j.Failed).Description("写入失败的行数");
            t.Field("errorCount", j => j.Errors.Count);
            t.Field("errors").Type("[ImportRowError!]!").Argument("first", "Int", 1000).Argument("offset", "Int", 0)
                .Resolve(ctx => ctx.Parent<ImportJob>().Errors.Skip(Math.Max(0, ctx.Arg<int>("offset"))).Take(Math.Clamp(ctx.Arg<int>("first"), 0, 100_000)).ToList());
            t.Field("createdAt", j => j.CreatedAt);
            t.Field("finishedAt", j => j.FinishedAt);
            t.Field("tookMs", j => j.TookMs.HasValue ? (double?)j.TookMs.Value : null).Type("Float");
            t.Field("message", j => j.Message).Type("String").Description("INTERRUPTED 时：中断的原因与已处理的行数，以及如何不重复地完成导入");
        });
        b.Input<ImportInput>("ImportInput", i => i
            .Description("文件用 uploadId（POST /imports/uploads 上传，适合大文件）或 file（Base64，≤约700KB）；UTF-8 编码")
            .Field("organisationId", "ID!", "导入范围：区、街道或社区").Field("uploadId", "ID").Field("file", "String")
            .Field("importValidRows", "Boolean", false, "有错误行时仍导入正确的行").Field("clientMutationId", "String"));

        Import(b, "importOrganisations", ImportKind.Organisations, "组织导入（名称, 类型, 上级）");
        Import(b, "importUnits", ImportKind.Units, "驻区单位导入（名称, 单位类型, 所在组织, 党组织名称, 联系人, 电话）");
        Import(b, "importMembers", ImportKind.Members, "在职党员导入（姓名, 手机, 单位, 社区, 网格, 楼栋, 特长, 邮箱）：建账号并登记、通过双报到");
        b.Query("importJob", f => f.Type("ImportJob!").Argument("id", "ID!").Resolve(async ctx =>
        {
            var actor = await ctx.ActorAsync();
            var job = await ctx.Service<ImportJobs>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
            // Read-side rule: an import job is its importer's.
            return job is not null && job.AccountId == actor.AccountId ? job : throw Domain.Common.DomainException.NotFound("导入任务");
        }));
    }

    private static void Import(SchemaBuilder b, string name, ImportKind kind, string description) =>
        b.Mutation(name, f => f.Type("ImportJob!").Description(description).Argument("input", "ImportInput!").Resolve(async ctx =>
            await ctx.Service<ImportService>().ImportAsync(await ctx.ActorAsync(), kind, ctx.Arg<ImportInput>("input"), ctx.CancellationToken)));
}
