using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Projects;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Projects;

/// <summary>项目清单 in GraphQL.</summary>
public sealed class ProjectTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<ProjectStatus>("ProjectStatus", "项目状态：草稿、已提交会议、已立项、暂缓、不通过、已完成");

        b.Object<ProjectView>("Project", t =>
        {
            t.Description("项目清单中的一项");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("organisationId", x => x.State.Owner.OwnerId).Type("ID!");
            t.Field("organisationName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<ProjectView>().State.Owner.OwnerId));
            t.Field("title", x => x.State.Draft.Title).Type("String!");
            t.Field("description", x => x.State.Draft.Description).Type("String!");
            t.Field("needId", x => x.State.Draft.NeedId).Type("ID");
            t.Field("resourceIds", x => x.State.Draft.ResourceIds).Type("[ID!]!");
            t.Field("ownerUnitIds", x => x.State.Draft.OwnerUnitIds).Type("[ID!]!");
            t.Field("status", x => x.State.Status).Type("ProjectStatus!");
            t.Field("meetingId", x => x.State.MeetingId).Type("ID");
            t.Field("agendaItemId", x => x.State.AgendaItemId).Type("ID");
            t.Field("percent", x => x.State.Percent).Type("Int!");
            t.Field("claims", x => x.State.Claims).Type("[ProjectClaim!]!");
            t.Field("draftedAt", x => x.DraftedAt).Type("DateTime!");
            t.Field("updatedAt", x => x.UpdatedAt).Type("DateTime!");
            t.Field("canManage").Type("Boolean!")
                .Resolve(async ctx => ProjectPolicy.CanManage(await CycleWrite.ViewerAsync(ctx), ctx.Parent<ProjectView>().State.Owner));
        });
        b.Object<ProjectClaim>("ProjectClaim", t =>
        {
            t.Field("id", x => x.ClaimId).Type("ID!");
            t.Field("unitId", x => x.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<ProjectClaim>().UnitId));
            t.Field("status", x => x.Status).Type("UnitClaimStatus!");
        });

        b.Query("projects", f => f.Type("[Project!]!").Description("某社区（街道）及其下辖的项目清单")
            .Argument("organisationId", "ID").Argument("status", "ProjectStatus").Argument("needId", "ID")
            .Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                var org = ctx.Arg<string?>("organisationId");
                var need = ctx.Arg<string?>("needId");
                if (org is null && need is null) throw JointMeeting.Domain.Common.DomainException.Invalid("organisationId", "请指定社区（街道）或需求");
                return await ctx.Service<ProjectBoard>().ListAsync(org, ctx.Arg<ProjectStatus?>("status"), need, ctx.CancellationToken);
            }));
        b.Query("project", f => f.Type("Project").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<ProjectBoard>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));

        b.Input<DraftProjectInput>("DraftProjectInput", i => Draft(i.Field("organisationId", "ID!")).WriteFields());
        b.Input<EditProjectInput>("EditProjectInput", i => Draft(i.Field("projectId", "ID!")).WriteFields());
        b.Input<ProposeProjectInput>("ProposeProjectInput", i => i.Field("projectId", "ID!").Field("meetingId", "ID!").WriteFields());
        b.Input<ClaimProjectInput>("ClaimProjectInput", i => i.Field("projectId", "ID!").Field("unitId", "ID!").WriteFields());
        b.Input<ProjectClaimInput>("ProjectClaimInput", i => i.Field("projectId", "ID!").Field("claimId", "ID!").Field("reason", "String").WriteFields());
        b.Input<ProjectProgressInput>("ProjectProgressInput", i => i.Field("projectId", "ID!").Field("percent", "Int!").Field("note", "String!").WriteFields());
        b.Input<CompleteProjectInput>("CompleteProjectInput", i => i.Field("projectId", "ID!").Field("note", "String").WriteFields());

        Mutation<DraftProjectInput>(b, "draftProject", "由需求和资源拟定项目", (s, w, i, ct) => s.DraftAsync(w, i, ct));
        Mutation<EditProjectInput>(b, "editProject", "修改项目草稿", (s, w, i, ct) => s.EditAsync(w, i, ct));
        Mutation<ProposeProjectInput>(b, "proposeProject", "提交联席会议（列为议题）", (s, w, i, ct) => s.ProposeAsync(w, i, ct));
        Mutation<ClaimProjectInput>(b, "claimProject", "单位认领项目", (s, w, i, ct) => s.ClaimAsync(w, i, ct));
        Mutation<ProjectClaimInput>(b, "confirmProjectClaim", "确认项目认领", (s, w, i, ct) => s.ConfirmClaimAsync(w, i, ct), "ProjectClaimInput");
        Mutation<ProjectClaimInput>(b, "declineProjectClaim", "拒绝项目认领", (s, w, i, ct) => s.DeclineClaimAsync(w, i, ct), "ProjectClaimInput");
        Mutation<ProjectProgressInput>(b, "updateProjectProgress", "更新项目进度", (s, w, i, ct) => s.UpdateProgressAsync(w, i, ct));
        Mutation<CompleteProjectInput>(b, "completeProject", "项目完成", (s, w, i, ct) => s.CompleteAsync(w, i, ct));
    }

    private static InputObjectTypeDescriptor Draft(InputObjectTypeDescriptor i) =>
        i.Field("title", "String!").Field("description", "String!").Field("needId", "ID").Field("resourceIds", "[ID!]")
            .Field("ownerUnitIds", "[ID!]");

    private static void Mutation<TInput>(SchemaBuilder b, string name, string description,
        Func<ProjectService, CycleWrite, TInput, CancellationToken, Task<ProjectView>> run, string? inputType = null) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("Project!").Description(description).Argument("input", (inputType ?? typeof(TInput).Name) + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<ProjectService>(), w, input, ctx.CancellationToken);
        }));
}
