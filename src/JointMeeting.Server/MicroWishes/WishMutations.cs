using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Auth;

namespace JointMeeting.Server.MicroWishes;

/// <summary>The wish mutations; each takes one `input`, claim-like ones accept expectedVersion and clientMutationId.</summary>
public sealed class WishMutations : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Input<SubmitWishInput>("SubmitWishInput", i => i
            .Field("communityId", "ID!").Field("category", "WishCategory!").Field("title", "String!").Field("description", "String!")
            .Field("estimatedValue", "Float!").Field("residentName", "String!").Field("residentPhone", "String!").Field("residentAddress", "String!")
            .Field("gridId", "ID").Field("buildingId", "ID").Field("widenToStreet", "Boolean").Field("clientMutationId", "String"));
        Input<ReviewWishInput>(b, "ReviewWishInput", i => i.Field("approve", "Boolean!").Field("reason", "String"));
        Input<PublishWishInput>(b, "PublishWishInput", i => i.Field("widenToStreet", "Boolean"));
        Input<ClaimWishInput>(b, "ClaimWishInput", _ => { });
        Input<ReleaseWishInput>(b, "ReleaseWishInput", i => i.Field("reason", "String"));
        Input<FulfilWishInput>(b, "FulfilWishInput", i => i.Field("note", "String!").Field("photoIds", "[ID!]", "POST /uploads/photos 返回的照片 id"));
        Input<ConfirmWishInput>(b, "ConfirmWishInput", i => i.Field("rating", "Int!").Field("thanks", "String!"));
        Input<DisputeWishInput>(b, "DisputeWishInput", i => i.Field("reason", "String!"));
        Input<CancelWishInput>(b, "CancelWishInput", i => i.Field("reason", "String!"));
        Input<WidenWishInput>(b, "WidenWishInput", _ => { });
        b.Input<SetWishSettingsInput>("SetWishSettingsInput", i => i.Field("communityId", "ID!").Field("fulfilWithinDays", "Int!")
            .Field("openClaimLimit", "Int!").Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<PushWishInput>("PushWishInput", i => i.Field("wishId", "ID!").Field("take", "Int", "最多通知几人（默认10）"));

        Mutation<SubmitWishInput>(b, "submitWish", "社区工作人员代居民提交心愿", (s, a, i, ct) => s.SubmitAsync(a, i, ct));
        Mutation<ReviewWishInput>(b, "reviewWish", "审核心愿：通过即发布，驳回须说明理由", (s, a, i, ct) => s.ReviewAsync(a, i, ct));
        Mutation<PublishWishInput>(b, "publishWish", "发布心愿（可同时扩大到全街道）", (s, a, i, ct) => s.PublishAsync(a, i, ct));
        Mutation<WidenWishInput>(b, "widenWish", "将心愿扩大到全街道报到党员", (s, a, i, ct) => s.WidenAsync(a, i, ct));
        // The hottest mutation: its actor is read in the same round trip as the claim's facts (see WishService.ClaimAsync).
        b.Mutation("claimWish", f => f.Type("Wish!").Argument("input", "ClaimWishInput!").Description("认领心愿：每个心愿只有一位认领人，落后者得到 CONFLICT")
            .Resolve(async ctx => await ctx.Service<WishService>().ClaimAsync(ctx.Service<CurrentActor>(), ctx.User, ctx.Arg<ClaimWishInput>("input"), ctx.CancellationToken)));
        Mutation<ReleaseWishInput>(b, "releaseWish", "放弃认领，心愿重新发布", (s, a, i, ct) => s.ReleaseAsync(a, i, ct));
        Mutation<FulfilWishInput>(b, "fulfilWish", "登记完成情况（说明和照片）", (s, a, i, ct) => s.FulfilAsync(a, i, ct));
        Mutation<ConfirmWishInput>(b, "confirmWish", "社区确认办结并评价（1–5星）", (s, a, i, ct) => s.ConfirmAsync(a, i, ct));
        Mutation<DisputeWishInput>(b, "disputeWish", "退回完成情况，认领人继续完成", (s, a, i, ct) => s.DisputeAsync(a, i, ct));
        Mutation<CancelWishInput>(b, "cancelWish", "取消心愿（须说明理由）", (s, a, i, ct) => s.CancelAsync(a, i, ct));

        b.Mutation("setWishSettings", f => f.Type("WishSettings!").Argument("input", "SetWishSettingsInput!")
            .Description("社区心愿设置：完成时限（天）和每人同时认领上限").Resolve(async ctx =>
                await ctx.Service<WishService>().SetSettingsAsync(await WishGraph.ActorAsync(ctx), ctx.Arg<SetWishSettingsInput>("input"), ctx.CancellationToken)));
        b.Object<PushedMember>("PushedMember", t =>
        {
            t.Field("person").Type("PersonRef!").Resolve(async ctx => await WishGraph.PersonRefAsync(ctx, ctx.Parent<PushedMember>().PersonId));
            t.Field("score", x => x.Score);
            t.Field("reason", x => x.Reason).Type("String!");
        });
        b.Mutation("pushWish", f => f.Type("[PushedMember!]!").Argument("input", "PushWishInput!")
            .Description("把心愿推送给最匹配的报到党员（站内通知和邮件）").Resolve(async ctx =>
                await ctx.Service<WishPushService>().PushAsync(await WishGraph.ActorAsync(ctx), ctx.Arg<PushWishInput>("input"), ctx.CancellationToken)));
    }

    /// <summary>Inputs that name a wish and may carry expectedVersion and clientMutationId.</summary>
    private static void Input<T>(SchemaBuilder b, string name, Action<InputObjectTypeDescriptor> fields) =>
        b.Input<T>(name, i =>
        {
            i.Field("wishId", "ID!");
            fields(i);
            i.Field("expectedVersion", "Int", "上次读取的版本；已被他人修改时返回 CONFLICT").Field("clientMutationId", "String", "重试键：同一键只执行一次");
        });

    private static void Mutation<T>(SchemaBuilder b, string name, string description, Func<WishService, Actor, T, CancellationToken, Task<WishCard>> run) =>
        b.Mutation(name, f => f.Type("Wish!").Argument("input", $"{typeof(T).Name}!").Description(description).Resolve(async ctx =>
            await run(ctx.Service<WishService>(), await WishGraph.ActorAsync(ctx), ctx.Arg<T>("input"), ctx.CancellationToken)));
}
