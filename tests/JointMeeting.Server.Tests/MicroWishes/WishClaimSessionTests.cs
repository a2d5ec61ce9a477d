using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>
/// claimWish reads its actor in the same round trip as the claim's facts (CurrentActor.RequireWithAsync): an ended
/// session and no session at all must still be refused before anything is written.
/// </summary>
public sealed partial class WishClaimTests
{
    [Fact]
    public async Task A_claim_on_an_ended_session_or_without_one_is_refused_and_writes_nothing()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        using var admin = await World.SignInAsync(World.Admin);
        var (wishId, _) = await World.PublishedWishAsync(secretary, "会话已结束的认领");
        var reset = World.Members[200];
        using var resetSession = await World.SignInAsync(reset);
        using var anonymous = Host.NewClient();
        var before = await Host.EventCountAsync();

        // A password reset ends every session of the account signed in before it.
        Assert.Empty((await admin.SendAsync("mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }",
            new { i = new { accountId = reset.AccountId, newPassword = "Reset!2026claim" } })).Errors);
        var afterReset = await Host.EventCountAsync();
        var ended = await resetSession.SendAsync(WishOps.Claim, new { input = new { wishId } });
        Assert.Equal("UNAUTHENTICATED", ended.Code);

        var nobody = await anonymous.SendAsync(WishOps.Claim, new { input = new { wishId } });
        Assert.Equal("UNAUTHENTICATED", nobody.Code);

        // Only the admin's reset was written; the wish is still published.
        Assert.True(afterReset > before);
        Assert.Equal(afterReset, await Host.EventCountAsync());
        var card = await secretary.DataAsync(WishOps.Wish, new { id = wishId });
        Assert.Equal("PUBLISHED", card.Str("wish", "status"));
    }
}
