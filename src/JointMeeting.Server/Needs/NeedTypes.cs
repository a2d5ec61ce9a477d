using JointMeeting.Domain.Needs;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Needs;

/// <summary>需求清单 in GraphQL: the board, one need, and the two-way claim on it.</summary>
public sealed class NeedTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<NeedCategory>("NeedCategory", "需求类别")
            .Enum<Urgency>("NeedUrgency", "紧急程度")
            .Enum<NeedStatus>("NeedStatus", "需求状态：待认领、待确认、已认领、已关闭、已撤回")
            .Enum<ClaimStatus>("UnitClaimStatus", "单位认领状态：待确认、已确认、已拒绝、已撤回");

        b.Object<NeedView>("Need", t =>
        {
            t.Description("需求清单中的一项");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("organisationId", x => x.State.Owner.OwnerId).Type("ID!");
            t.Field("organisationName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<NeedView>().State.Owner.OwnerId));
            t.Field("title", x => x.State.Draft.Title).Type("String!");
            t.Field("category", x => x.State.Draft.Category).Type("NeedCategory!");
            t.Field("categoryLabel", x => NeedLabels.Categories[x.State.Draft.Category]).Type("String!");
            t.Field("description", x => x.State.Draft.Description).Type("String!");
            t.Field("place", x => x.State.Draft.Place).Type("String!");
            t.Field("urgency", x => x.State.Draft.Urgency).Type("NeedUrgency!");
            t.Field("urgencyLabel", x => NeedLabels.Urgencies[x.State.Draft.Urgency]).Type("String!");
            t.Field("whatIsNeeded", x => x.State.Draft.WhatIsNeeded).Type("String!");
            t.Field("quantityNeeded", x => x.State.Draft.QuantityNeeded);
            t.Field("deadline", x => x.State.Draft.Deadline).Type("Date!");
            t.Field("status", x => x.State.Status).Type("NeedStatus!");
            t.Field("claims", x => x.State.Claims).Type("[NeedClaim!]!");
            t.Field("activeClaim", x => x.State.ActiveClaim).Type("NeedClaim");
            t.Field("postedAt", x => x.PostedAt).Type("DateTime!");
            t.Field("updatedAt", x => x.UpdatedAt).Type("DateTime!");
            t.Field("canManage").Type("Boolean!").Description("当前用户可编辑、关闭、确认认领")
                .Resolve(async ctx => NeedPolicy.CanManage(await CycleWrite.ViewerAsync(ctx), ctx.Parent<NeedView>().State.Owner));
        });

        b.Object<NeedClaim>("NeedClaim", t =>
        {
            t.Field("id", x => x.ClaimId).Type("ID!");
            t.Field("unitId", x => x.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<NeedClaim>().UnitId));
            t.Field("status", x => x.Status).Type("UnitClaimStatus!");
            t.Field("claimedAt", x => x.ClaimedAt).Type("DateTime!");
        });

        b.Query("needs", f => f.Type("[Need!]!").Description("某社区（街道）及其下辖的需求清单")
            .Argument("organisationId", "ID!").Argument("status", "NeedStatus")
            .Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                return await ctx.Service<NeedBoard>().ListAsync(ctx.Arg<string>("organisationId"), ctx.Arg<NeedStatus?>("status"), ctx.CancellationToken);
            }));
        b.Query("need", f => f.Type("Need").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<NeedBoard>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));

        b.Input<PostNeedInput>("PostNeedInput", i => DraftFields(i.Field("organisationId", "ID!")).WriteFields());
        b.Input<EditNeedInput>("EditNeedInput", i => DraftFields(i.Field("needId", "ID!")).WriteFields());
        b.Input<NeedActionInput>("NeedActionInput", i => i.Field("needId", "ID!").Field("note", "String").Field("reason", "String").WriteFields());
        b.Input<ClaimNeedInput>("ClaimNeedInput", i => i.Field("needId", "ID!").Field("unitId", "ID!").Field("note", "String").WriteFields());
        b.Input<NeedClaimInput>("NeedClaimInput", i => i.Field("needId", "ID!").Field("claimId", "ID!").Field("reason", "String").WriteFields());

        Mutation<PostNeedInput>(b, "postNeed", "PostNeedInput", "发布需求", (s, w, i, ct) => s.PostAsync(w, i, ct));
        Mutation<EditNeedInput>(b, "editNeed", "EditNeedInput", "修改需求", (s, w, i, ct) => s.EditAsync(w, i, ct));
        Mutation<NeedActionInput>(b, "closeNeed", "NeedActionInput", "关闭需求（已满足）", (s, w, i, ct) => s.CloseAsync(w, i, ct));
        Mutation<NeedActionInput>(b, "withdrawNeed", "NeedActionInput", "撤回需求（需填写原因）", (s, w, i, ct) => s.WithdrawAsync(w, i, ct));
        Mutation<ClaimNeedInput>(b, "claimNeed", "ClaimNeedInput", "单位认领需求", (s, w, i, ct) => s.ClaimAsync(w, i, ct));
        Mutation<NeedClaimInput>(b, "confirmNeedClaim", "NeedClaimInput", "社区确认认领", (s, w, i, ct) => s.ConfirmClaimAsync(w, i, ct));
        Mutation<NeedClaimInput>(b, "declineNeedClaim", "NeedClaimInput", "社区拒绝认领（需填写原因）", (s, w, i, ct) => s.DeclineClaimAsync(w, i, ct));
        Mutation<NeedClaimInput>(b, "withdrawNeedClaim", "NeedClaimInput", "单位撤回待确认的认领", (s, w, i, ct) => s.WithdrawClaimAsync(w, i, ct));
    }

    private static InputObjectTypeDescriptor DraftFields(InputObjectTypeDescriptor i) =>
        i.Field("title", "String!").Field("category", "NeedCategory!").Field("description", "String!").Field("place", "String!")
            .Field("urgency", "NeedUrgency!").Field("whatIsNeeded", "String!").Field("quantityNeeded", "Int").Field("deadline", "Date!");

    private static void Mutation<TInput>(SchemaBuilder b, string name, string inputType, string description,
        Func<NeedService, CycleWrite, TInput, CancellationToken, Task<NeedView>> run) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("Need!").Description(description).Argument("input", inputType + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<NeedService>(), w, input, ctx.CancellationToken);
        }));
}
