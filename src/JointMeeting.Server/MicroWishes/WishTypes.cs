using JointMeeting.Domain.MicroWishes;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.MicroWishes;

/// <summary>The wish types and queries of API.md: wishes(communityId, status, includeStreetWide), wish(id), myClaims, wishesForMe, wishSettings.</summary>
public sealed class WishTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<WishStatus>("WishStatus", "心愿状态");
        b.Enum<WishCategory>("WishCategory", "心愿类别", c => (c.Label(), null));
        b.Object<PersonRef>("PersonRef", t =>
        {
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("displayName", x => x.DisplayName);
        });
        b.Object<ResidentCard>("WishResident", t =>
        {
            t.Description("居民信息：社区工作人员和认领人可见全文，其他人看到脱敏信息");
            t.Field("name", x => x.Resident.Name).Type("String!");
            t.Field("phone", x => x.Resident.Phone).Type("String!");
            t.Field("address", x => x.Resident.Address).Type("String!");
            t.Field("masked", x => x.Masked);
        });
        b.Object<WishPhoto>("WishPhoto", t =>
        {
            t.Field("id", x => x.FileId).Type("ID!");
            t.Field("contentType", x => x.ContentType).Type("String!");
            t.Field("sizeBytes", x => (int)x.SizeBytes);
            t.Field("url", x => $"/uploads/photos/{x.FileId}").Type("String!");
        });
        b.Object<WishHistoryEntry>("WishHistoryEntry", t =>
        {
            t.Field("version", x => x.Version).Type("Int!");
            t.Field("event", x => x.Event).Type("String!");
            t.Field("action", x => x.Action).Type("String!");
            t.Field("by").Type("PersonRef").Resolve(async ctx => await Person(ctx, ctx.Parent<WishHistoryEntry>().ById));
            t.Field("at", x => x.At);
            t.Field("detail", x => x.Detail);
        });
        b.Object<WishCard>("Wish", t =>
        {
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => x.Version).Type("Int!").Description("乐观并发版本：认领等写操作可带 expectedVersion");
            t.Field("status", x => x.Status).Type("WishStatus!");
            t.Field("statusText", x => x.Status == WishStatus.Published ? "待认领" : x.ToWish().StatusText).Type("String!");
            t.Field("category", x => x.Category).Type("WishCategory!");
            t.Field("categoryLabel", x => x.Category.Label()).Type("String!");
            t.Field("title", x => x.Title).Type("String!");
            t.Field("description", x => x.Description).Type("String!");
            t.Field("estimatedValue", x => x.EstimatedValue);
            t.Field("communityId", x => x.Community.CommunityId).Type("ID!");
            t.Field("communityName").Type("String").Resolve(async ctx => (await WishGraph.OrganisationAsync(ctx, ctx.Parent<WishCard>().Community.CommunityId))?.Name);
            t.Field("streetId", x => x.Community.StreetId).Type("ID");
            t.Field("widenedToStreet", x => x.Widened);
            t.Field("gridId", x => x.GridId).Type("ID");
            t.Field("gridName").Type("String").Resolve(async ctx => (await WishGraph.OrganisationAsync(ctx, ctx.Parent<WishCard>().GridId))?.Name);
            t.Field("buildingId", x => x.BuildingId).Type("ID");
            t.Field("buildingName").Type("String").Resolve(async ctx => (await WishGraph.OrganisationAsync(ctx, ctx.Parent<WishCard>().BuildingId))?.Name);
            t.Field("resident").Type("WishResident!").Resolve(async ctx =>
            {
                var (resident, masked) = await ctx.Service<WishReadPolicy>().ResidentAsync(await WishGraph.ActorAsync(ctx), ctx.Parent<WishCard>(), ctx.CancellationToken);
                return new ResidentCard(resident, masked);
            });
            t.Field("submittedBy").Type("PersonRef").Resolve(async ctx => await Person(ctx, ctx.Parent<WishCard>().SubmittedBy));
            t.Field("submittedAt", x => x.SubmittedAt);
            t.Field("publishedAt", x => x.PublishedAt);
            t.Field("waitingDays").Type("Int!").Description("已等待天数（待认领时）").Resolve(ctx =>
            {
                var card = ctx.Parent<WishCard>();
                return card.Status == WishStatus.Published ? WishRanking.WaitingDays(card.ToCandidate(), ctx.Service<TimeProvider>().GetUtcNow()) : 0;
            });
            t.Field("claimant").Type("PersonRef").Resolve(async ctx => await Person(ctx, ctx.Parent<WishCard>().ClaimantId));
            t.Field("claimedAt", x => x.ClaimedAt);
            t.Field("dueAt", x => x.DueAt).Description("认领后须完成的时间");
            t.Field("fulfilNote", x => x.FulfilNote);
            t.Field("photos", x => x.Photos).Type("[WishPhoto!]!");
            t.Field("fulfilledAt", x => x.FulfilledAt);
            t.Field("rating", x => x.Rating);
            t.Field("thanks", x => x.Thanks);
            t.Field("confirmedAt", x => x.ConfirmedAt);
            t.Field("closingReason", x => x.ClosingReason).Description("驳回或取消的理由");
            t.Field("viewerCanClaim").Type("Boolean!").Resolve(async ctx =>
                await ctx.Service<WishReadPolicy>().CanClaimAsync(await WishGraph.ActorAsync(ctx), ctx.Parent<WishCard>(), ctx.CancellationToken));
            t.Field("history").Type("[WishHistoryEntry!]!").Description("完整经过：谁在何时做了什么")
                .Resolve(async ctx => await ctx.Service<WishHistory>().OfAsync(ctx.Parent<WishCard>().Id, ctx.CancellationToken));
        });
        b.Object<RankedWishView>("RankedWish", t =>
        {
            t.Field("wish", x => x.Card).Type("Wish!");
            t.Field("score", x => x.Score);
            t.Field("reason", x => x.Reason).Type("String!").Description("例如“同楼栋 · 擅长维修 · 已等待9天”");
            t.Field("reasons", x => x.Reasons).Type("[String!]!");
        });
        b.Object<CommunityWishSettingsView>("WishSettings", t =>
        {
            t.Field("communityId", x => x.CommunityId).Type("ID!");
            t.Field("fulfilWithinDays", x => x.FulfilWithinDays);
            t.Field("openClaimLimit", x => x.OpenClaimLimit);
            t.Field("version", x => x.Version).Type("Int!");
        });

        b.Query("wishes", f => f.Type("[Wish!]!").Argument("communityId", "ID!").Argument("status", "WishStatus")
            .Argument("includeStreetWide", "Boolean", false)
            .Description("社区心愿墙（按可见范围过滤）；includeStreetWide 时另含本街道其他社区扩大到全街道的待认领心愿").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                var communityId = ctx.Arg<string>("communityId");
                var street = ctx.Arg<bool>("includeStreetWide")
                    ? (await ctx.Service<IOrganisationDirectory>().FindAsync(communityId, ctx.CancellationToken))?.Path.StreetId
                    : null;
                var list = await ctx.Service<WishCardStore>().OfCommunityAsync(communityId, ctx.Arg<WishStatus?>("status"), street, ctx.CancellationToken);
                return await ctx.Service<WishReadPolicy>().VisibleAsync(actor, list, ctx.CancellationToken);
            }));
        b.Query("wish", f => f.Type("Wish").Argument("id", "ID!").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            var card = await ctx.Service<WishCardStore>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
            return card is not null && await ctx.Service<WishReadPolicy>().CanSeeAsync(actor, card, ctx.CancellationToken) ? card : null;
        }));
        b.Query("myClaims", f => f.Type("[Wish!]!").Description("我认领的心愿（进行中、待确认、已办结）").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            return await ctx.Service<WishCardStore>().ClaimsOfAsync(actor.PersonId, ctx.CancellationToken);
        }));
        b.Query("wishesForMe", f => f.Type("[RankedWish!]!").Description("为我推荐的待认领心愿，按匹配度排序并说明理由").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            var member = await ctx.Service<WishReadPolicy>().MemberAsync(actor, ctx.CancellationToken);
            if (member is null) return (IReadOnlyList<RankedWishView>)[];
            var cards = await ctx.Service<WishCardStore>().ClaimableForAsync(member.Reporting.CommunityId, member.Reporting.StreetId, ctx.CancellationToken);
            var byId = cards.ToDictionary(c => c.Id);
            var ranked = WishRanking.ForMember(WishProfiles.Of(member), cards.Select(c => c.ToCandidate()), ctx.Service<TimeProvider>().GetUtcNow());
            return ranked.Select(r => new RankedWishView(byId[r.Wish.WishId], r.Score, r.Reason, r.Reasons)).ToList();
        }));
        b.Query("wishSettings", f => f.Type("WishSettings!").Argument("communityId", "ID!").Resolve(async ctx =>
        {
            await WishGraph.ActorAsync(ctx);
            return await ctx.Service<WishService>().SettingsAsync(ctx.Arg<string>("communityId"), ctx.CancellationToken);
        }));
    }

    private static async Task<PersonRef?> Person(ResolverContext ctx, string? id) =>
        id is null || id == "system" ? null : await WishGraph.PersonRefAsync(ctx, id);
}

public sealed record ResidentCard(JointMeeting.Domain.MicroWishes.ResidentContact Resident, bool Masked);

public sealed record RankedWishView(WishCard Card, int Score, string Reason, IReadOnlyList<string> Reasons);
