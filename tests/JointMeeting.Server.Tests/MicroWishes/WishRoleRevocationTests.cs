using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>
/// The Member role follows the approved report, and an administrator may revoke it: from then on the member may not
/// claim — though the report is still approved — and is told why; nothing is written.
/// </summary>
public sealed partial class WishClaimTests
{
    [Fact]
    public async Task A_member_whose_role_was_revoked_cannot_claim_and_is_told_why()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        using var admin = await World.SignInAsync(World.Admin);
        var person = await World.NewMemberAsync("撤销党员");
        using var member = await World.SignInAsync(person);
        var (wishId, _) = await World.PublishedWishAsync(secretary, "撤销身份后的认领");
        const string CanClaim = "query($id: ID!) { wish(id: $id) { viewerCanClaim } }";
        Assert.True((await member.DataAsync(CanClaim, new { id = wishId })).GetProperty("wish").GetProperty("viewerCanClaim").GetBoolean());

        Assert.Empty((await admin.SendAsync("mutation($i: RoleInput!) { revokeRole(input: $i) { id } }",
            new { i = new { accountId = person.AccountId, role = "MEMBER", scopeId = World.CommunityId } })).Errors);
        var before = await Host.EventCountAsync();
        var refused = await member.SendAsync(WishOps.Claim, new { input = new { wishId } });
        Assert.Equal("FORBIDDEN", refused.Code);
        Assert.Contains("在职党员身份已被撤销", refused.Errors[0].GetProperty("message").GetString());
        Assert.Equal(before, await Host.EventCountAsync());
        // The report itself is untouched: still approved, the wish still waiting.
        Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_members WHERE person_id = $1", person.PersonId));
        Assert.Equal("Published", await Host.ScalarAsync<string>("SELECT status FROM wish_cards WHERE id = $1", wishId));
    }
}
