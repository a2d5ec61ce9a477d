using JointMeeting.Domain.Resources;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Meetings.Common;

namespace JointMeeting.Server.Resources;

/// <summary>资源清单 in GraphQL.</summary>
public sealed class ResourceTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<ResourceKind>("ResourceKind", "资源类别：场地、资金、专业服务、志愿者、设备物资")
            .Enum<ResourceClaimStatus>("ResourceClaimStatus", "资源认领状态");

        b.Object<ResourceView>("Resource", t =>
        {
            t.Description("驻区单位资源清单中的一项");
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => (int)x.Version).Type("Int!");
            t.Field("unitId", x => x.State.UnitId).Type("ID!");
            t.Field("unitName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<ResourceView>().State.UnitId));
            t.Field("organisationId", x => x.State.OfferedTo.OwnerId).Type("ID!").Description("面向的社区（街道）");
            t.Field("kind", x => x.State.Draft.Kind).Type("ResourceKind!");
            t.Field("kindLabel", x => ResourceLabels.Kinds[x.State.Draft.Kind]).Type("String!");
            t.Field("title", x => x.State.Draft.Title).Type("String!");
            t.Field("description", x => x.State.Draft.Description).Type("String!");
            t.Field("capacity", x => x.State.Draft.Capacity).Type("Int!");
            t.Field("capacityUnit", x => x.State.Draft.CapacityUnit).Type("String!");
            t.Field("taken", x => x.State.Taken).Type("Int!");
            t.Field("remaining", x => x.State.Remaining).Type("Int!");
            t.Field("availableFrom", x => x.State.Draft.AvailableFrom).Type("Date!");
            t.Field("availableUntil", x => x.State.Draft.AvailableUntil).Type("Date!");
            t.Field("place", x => x.State.Draft.Place).Type("String!");
            t.Field("withdrawn", x => x.State.IsWithdrawn).Type("Boolean!");
            t.Field("claims", x => x.State.Claims).Type("[ResourceClaim!]!");
            t.Field("offeredAt", x => x.OfferedAt).Type("DateTime!");
            t.Field("updatedAt", x => x.UpdatedAt).Type("DateTime!");
            t.Field("canManage").Type("Boolean!").Description("当前用户是提供单位的联络人")
                .Resolve(async ctx => ResourcePolicy.CanManage(await CycleWrite.ViewerAsync(ctx), ctx.Parent<ResourceView>().State));
        });

        b.Object<ResourceClaim>("ResourceClaim", t =>
        {
            t.Field("id", x => x.ClaimId).Type("ID!");
            t.Field("organisationId", x => x.ClaimingOrg.OwnerId).Type("ID!");
            t.Field("organisationName").Type("String!").Resolve(ctx => ctx.OrganisationNameAsync(ctx.Parent<ResourceClaim>().ClaimingOrg.OwnerId));
            t.Field("quantity", x => x.Quantity).Type("Int!");
            t.Field("purpose", x => x.Purpose).Type("String!");
            t.Field("status", x => x.Status).Type("ResourceClaimStatus!");
        });

        b.Query("resources", f => f.Type("[Resource!]!").Description("面向某社区（街道）或某单位提供的资源；available 只列可认领的")
            .Argument("organisationId", "ID").Argument("unitId", "ID").Argument("available", "Boolean", false)
            .Resolve(async ctx =>
            {
                await CycleWrite.ViewerAsync(ctx);
                var org = ctx.Arg<string?>("organisationId");
                var unit = ctx.Arg<string?>("unitId");
                if (org is null && unit is null) throw JointMeeting.Domain.Common.DomainException.Invalid("organisationId", "请指定社区（街道）或单位");
                return await ctx.Service<ResourceBoard>().ListAsync(org, unit, ctx.Arg<bool>("available"), ctx.CancellationToken);
            }));
        b.Query("resource", f => f.Type("Resource").Argument("id", "ID!").Resolve(async ctx =>
        {
            await CycleWrite.ViewerAsync(ctx);
            return await ctx.Service<ResourceBoard>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
        }));

        b.Input<OfferResourceInput>("OfferResourceInput", i => Draft(i.Field("unitId", "ID!").Field("organisationId", "ID!")).WriteFields());
        b.Input<EditResourceInput>("EditResourceInput", i => Draft(i.Field("resourceId", "ID!")).WriteFields());
        b.Input<WithdrawResourceInput>("WithdrawResourceInput", i => i.Field("resourceId", "ID!").Field("reason", "String!").WriteFields());
        b.Input<ClaimResourceInput>("ClaimResourceInput", i => i.Field("resourceId", "ID!").Field("organisationId", "ID!")
            .Field("quantity", "Int!").Field("purpose", "String!").WriteFields());
        b.Input<ResourceClaimInput>("ResourceClaimInput", i => i.Field("resourceId", "ID!").Field("claimId", "ID!")
            .Field("reason", "String").Field("note", "String").WriteFields());

        Mutation<OfferResourceInput>(b, "offerResource", "单位提供资源", (s, w, i, ct) => s.OfferAsync(w, i, ct));
        Mutation<EditResourceInput>(b, "editResource", "修改资源", (s, w, i, ct) => s.EditAsync(w, i, ct));
        Mutation<WithdrawResourceInput>(b, "withdrawResource", "撤回资源", (s, w, i, ct) => s.WithdrawAsync(w, i, ct));
        Mutation<ClaimResourceInput>(b, "claimResource", "社区（街道）认领资源（数量受剩余容量限制）", (s, w, i, ct) => s.ClaimAsync(w, i, ct));
        Mutation<ResourceClaimInput>(b, "confirmResourceClaim", "提供单位确认认领", (s, w, i, ct) => s.ConfirmClaimAsync(w, i, ct), "ResourceClaimInput");
        Mutation<ResourceClaimInput>(b, "declineResourceClaim", "提供单位拒绝认领", (s, w, i, ct) => s.DeclineClaimAsync(w, i, ct), "ResourceClaimInput");
        Mutation<ResourceClaimInput>(b, "cancelResourceClaim", "认领方取消认领", (s, w, i, ct) => s.CancelClaimAsync(w, i, ct), "ResourceClaimInput");
        Mutation<ResourceClaimInput>(b, "recordResourceUse", "认领方登记资源已使用", (s, w, i, ct) => s.RecordUseAsync(w, i, ct), "ResourceClaimInput");
    }

    private static InputObjectTypeDescriptor Draft(InputObjectTypeDescriptor i) =>
        i.Field("kind", "ResourceKind!").Field("title", "String!").Field("description", "String!").Field("capacity", "Int!")
            .Field("capacityUnit", "String!").Field("availableFrom", "Date!").Field("availableUntil", "Date!").Field("place", "String!");

    private static void Mutation<TInput>(SchemaBuilder b, string name, string description,
        Func<ResourceService, CycleWrite, TInput, CancellationToken, Task<ResourceView>> run, string? inputType = null) where TInput : IWriteInput =>
        b.Mutation(name, f => f.Type("Resource!").Description(description).Argument("input", (inputType ?? typeof(TInput).Name) + "!").Resolve(async ctx =>
        {
            var input = ctx.Arg<TInput>("input");
            var w = await CycleWrite.BeginAsync(ctx, input);
            return await run(ctx.Service<ResourceService>(), w, input, ctx.CancellationToken);
        }));
}
