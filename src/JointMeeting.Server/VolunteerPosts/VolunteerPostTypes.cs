using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.GraphQL.Execution.DataLoader;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.MicroWishes;

namespace JointMeeting.Server.VolunteerPosts;

/// <summary>volunteerPosts(communityId), volunteerPost(id) and the slot mutations.</summary>
public sealed class VolunteerPostTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Enum<VolunteerPostCategory>("VolunteerPostCategory", "志愿岗位类别", c => (c.Label(), null));
        b.Enum<VolunteerPostStatus>("VolunteerPostStatus", "岗位状态");
        b.Object<VolunteerSlotRow>("VolunteerSlot", t =>
        {
            t.Field("member").Type("PersonRef!").Resolve(async ctx => await WishGraph.PersonRefAsync(ctx, ctx.Parent<VolunteerSlotRow>().MemberId));
            t.Field("claimedAt", x => x.ClaimedAt);
            t.Field("checkedInAt", x => x.CheckedInAt);
            t.Field("checkedOutAt", x => x.CheckedOutAt);
            t.Field("hours", x => x.Hours);
            t.Field("noShow", x => x.NoShow);
        });
        b.Object<VolunteerPostRow>("VolunteerPost", t =>
        {
            t.Field("id", x => x.Id).Type("ID!");
            t.Field("version", x => x.Version).Type("Int!");
            t.Field("title", x => x.Title).Type("String!");
            t.Field("place", x => x.Place).Type("String!");
            t.Field("category", x => x.Category).Type("VolunteerPostCategory!");
            t.Field("categoryLabel", x => x.Category.Label()).Type("String!");
            t.Field("description", x => x.Description);
            t.Field("communityId", x => x.Community.CommunityId).Type("ID!");
            t.Field("widenedToStreet", x => x.Widened);
            t.Field("startsAt", x => x.StartsAt);
            t.Field("endsAt", x => x.EndsAt);
            t.Field("slots", x => x.Slots);
            t.Field("slotsTaken", x => x.SlotsTaken);
            t.Field("slotsLeft", x => x.SlotsLeft);
            t.Field("status", x => x.Status).Type("VolunteerPostStatus!");
            t.Field("closedReason", x => x.ClosedReason);
            t.Field("mySlot").Type("VolunteerSlot").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                return (await Slots(ctx)).FirstOrDefault(s => s.MemberId == actor.PersonId);
            });
            t.Field("holders").Type("[VolunteerSlot!]").Description("报名人员（仅社区工作人员可见）").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                return VolunteerPostReadPolicy.CanSeeHolders(actor, ctx.Parent<VolunteerPostRow>()) ? await Slots(ctx) : null;
            });
            t.Field("viewerCanClaim").Type("Boolean!").Resolve(async ctx =>
            {
                var actor = await WishGraph.ActorAsync(ctx);
                return await ctx.Service<VolunteerPostReadPolicy>().CanClaimAsync(actor, ctx.Parent<VolunteerPostRow>(), await Slots(ctx),
                    ctx.Service<TimeProvider>().GetUtcNow(), ctx.CancellationToken);
            });
        });

        b.Query("volunteerPosts", f => f.Type("[VolunteerPost!]!").Argument("communityId", "ID!").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            var community = await WishGraph.OrganisationAsync(ctx, ctx.Arg<string>("communityId"));
            if (community is null) return (IReadOnlyList<VolunteerPostRow>)[];
            var rows = await ctx.Service<VolunteerPostStore>().OfCommunityAsync(community.Id, community.Path.StreetId, ctx.Service<TimeProvider>().GetUtcNow(), ctx.CancellationToken);
            var slots = await ctx.Service<VolunteerPostStore>().SlotsOfAsync(rows.Select(r => r.Id).ToList(), ctx.CancellationToken);
            var policy = ctx.Service<VolunteerPostReadPolicy>();
            var visible = new List<VolunteerPostRow>();
            foreach (var row in rows)
                if (await policy.CanSeeAsync(actor, row, slots[row.Id], ctx.CancellationToken)) visible.Add(row);
            return visible;
        }));
        b.Query("volunteerPost", f => f.Type("VolunteerPost").Argument("id", "ID!").Resolve(async ctx =>
        {
            var actor = await WishGraph.ActorAsync(ctx);
            var row = await ctx.Service<VolunteerPostStore>().FindAsync(ctx.Arg<string>("id"), ctx.CancellationToken);
            if (row is null) return null;
            var slots = await ctx.Service<VolunteerPostStore>().SlotsAsync(row.Id, ctx.CancellationToken);
            return await ctx.Service<VolunteerPostReadPolicy>().CanSeeAsync(actor, row, slots, ctx.CancellationToken) ? row : null;
        }));

        b.Input<PublishVolunteerPostInput>("PublishVolunteerPostInput", i => i.Field("communityId", "ID!").Field("title", "String!")
            .Field("place", "String!").Field("category", "VolunteerPostCategory!").Field("startsAt", "DateTime!").Field("endsAt", "DateTime!")
            .Field("slots", "Int!").Field("description", "String").Field("widenToStreet", "Boolean").Field("clientMutationId", "String"));
        b.Input<VolunteerPostInput>("VolunteerPostInput", i => i.Field("postId", "ID!").Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<MarkVolunteerNoShowInput>("MarkVolunteerNoShowInput", i => i.Field("postId", "ID!").Field("memberId", "ID!")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));
        b.Input<CloseVolunteerPostInput>("CloseVolunteerPostInput", i => i.Field("postId", "ID!").Field("reason", "String")
            .Field("expectedVersion", "Int").Field("clientMutationId", "String"));

        Mutation<PublishVolunteerPostInput>(b, "publishVolunteerPost", "发布志愿岗位", (s, a, i, ct) => s.PublishAsync(a, i, ct));
        Mutation<VolunteerPostInput>(b, "claimVolunteerSlot", "报名（名额有限，满额后返回 CONFLICT）", (s, a, i, ct) => s.ClaimAsync(a, i, ct));
        Mutation<VolunteerPostInput>(b, "cancelVolunteerSlot", "取消报名（开始前）", (s, a, i, ct) => s.CancelSlotAsync(a, i, ct));
        Mutation<VolunteerPostInput>(b, "checkInVolunteer", "签到", (s, a, i, ct) => s.CheckInAsync(a, i, ct));
        Mutation<VolunteerPostInput>(b, "checkOutVolunteer", "签退（按时长记录服务小时）", (s, a, i, ct) => s.CheckOutAsync(a, i, ct));
        Mutation<MarkVolunteerNoShowInput>(b, "markVolunteerNoShow", "标记缺勤（岗位结束后）", (s, a, i, ct) => s.MarkNoShowAsync(a, i, ct));
        Mutation<CloseVolunteerPostInput>(b, "closeVolunteerPost", "关闭岗位", (s, a, i, ct) => s.CloseAsync(a, i, ct));
    }

    /// <summary>The parent post's slots; the posts of one list level are fetched together.</summary>
    private static async Task<IReadOnlyList<VolunteerSlotRow>> Slots(ResolverContext ctx)
    {
        var store = ctx.Service<VolunteerPostStore>();
        return await ctx.DataLoader<string, IReadOnlyList<VolunteerSlotRow>>("volunteer.slots", (ids, ct) => store.SlotsOfAsync(ids, ct))
            .LoadAsync(ctx.Parent<VolunteerPostRow>().Id) ?? [];
    }

    private static void Mutation<T>(SchemaBuilder b, string name, string description, Func<VolunteerPostService, Actor, T, CancellationToken, Task<VolunteerPostRow>> run) =>
        b.Mutation(name, f => f.Type("VolunteerPost!").Argument("input", $"{typeof(T).Name}!").Description(description).Resolve(async ctx =>
            await run(ctx.Service<VolunteerPostService>(), await WishGraph.ActorAsync(ctx), ctx.Arg<T>("input"), ctx.CancellationToken)));
}
