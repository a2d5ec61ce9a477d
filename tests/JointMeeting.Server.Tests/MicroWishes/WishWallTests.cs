using System.Text.Json;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>
/// A member's wall with <c>includeStreetWide</c>: wishes another community of the street widened, while they wait for
/// a claimant, besides the member's own community's — and nothing the status filter or the widening does not allow.
/// </summary>
public sealed partial class WishClaimTests
{
    private const string Wall = """
        query($c: ID!, $s: WishStatus, $wide: Boolean) {
          wishes(communityId: $c, status: $s, includeStreetWide: $wide) { id status communityId communityName widenedToStreet viewerCanClaim }
        }
        """;

    private static async Task<List<JsonElement>> WallAsync(GraphQLClient client, string communityId, bool wide, string? status = null) =>
        (await client.DataAsync(Wall, new { c = communityId, s = status, wide })).GetProperty("wishes").EnumerateArray().ToList();

    [Fact]
    public async Task A_members_wall_shows_the_streets_widened_wishes_while_they_wait()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        using var neighbour = await World.SignInAsync(World.OutsideMembers[0]);   // reported to the other community of the street
        using var member = await World.SignInAsync(World.Members[150]);
        var otherCommunity = World.OtherCommunity.CommunityId!;
        var (wishId, version) = await World.PublishedWishAsync(secretary, "墙：扩大到全街道");

        Assert.DoesNotContain(await WallAsync(neighbour, otherCommunity, wide: true), w => w.Str("id") == wishId);

        var widened = await secretary.DataAsync("mutation($i: WidenWishInput!) { widenWish(input: $i) { version } }",
            new { i = new { wishId, expectedVersion = version } });
        Assert.True(widened.GetProperty("widenWish").GetProperty("version").GetInt32() > version);

        var seen = (await WallAsync(neighbour, otherCommunity, wide: true)).Single(w => w.Str("id") == wishId);
        Assert.Equal((World.CommunityId, true, true),
            (seen.Str("communityId"), seen.GetProperty("widenedToStreet").GetBoolean(), seen.GetProperty("viewerCanClaim").GetBoolean()));
        Assert.StartsWith("测试社区", seen.Str("communityName"));   // the card says whose wish it is
        Assert.Contains(await WallAsync(neighbour, otherCommunity, wide: true, status: "PUBLISHED"), w => w.Str("id") == wishId);
        // Only when asked, and only under a status the street's wishes can have on another community's wall.
        Assert.DoesNotContain(await WallAsync(neighbour, otherCommunity, wide: false), w => w.Str("id") == wishId);
        Assert.DoesNotContain(await WallAsync(neighbour, otherCommunity, wide: true, status: "CLAIMED"), w => w.Str("id") == wishId);
        // The wish's own community lists it once, whether or not the street's are asked for.
        Assert.Single(await WallAsync(member, World.CommunityId, wide: true), w => w.Str("id") == wishId);

        // Once claimed it is no longer waiting: it leaves the other community's wall (it stays on its own).
        var claim = await member.SendAsync(WishOps.Claim, new { input = new { wishId } });
        Assert.Empty(claim.Errors);
        Assert.DoesNotContain(await WallAsync(neighbour, otherCommunity, wide: true), w => w.Str("id") == wishId);
        Assert.Equal("CLAIMED", (await WallAsync(member, World.CommunityId, wide: true)).Single(w => w.Str("id") == wishId).Str("status"));
    }
}
