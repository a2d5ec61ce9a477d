using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>
/// After an administrator resets a password, the person acts with no role until they set their own — so whoever was
/// told the reset password cannot act as them; reading themselves and changing it still work.
/// </summary>
public sealed partial class WishClaimTests
{
    [Fact]
    public async Task A_member_whose_password_was_reset_claims_only_after_changing_it()
    {
        using var secretary = await World.SignInAsync(World.Secretary);
        using var admin = await World.SignInAsync(World.Admin);
        var person = await World.NewMemberAsync("重置党员");
        var (wishId, _) = await World.PublishedWishAsync(secretary, "重置密码后的认领");
        Assert.Empty((await admin.SendAsync("mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }",
            new { i = new { accountId = person.AccountId, newPassword = "Told!2026reset" } })).Errors);

        using var member = await Host.SignInAsync(person.Login, "Told!2026reset");
        var me = (await member.DataAsync("{ me { mustChangePassword roles { role } } }")).GetProperty("me");
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.NotEmpty(me.GetProperty("roles").EnumerateArray());   // the grants are kept, only not usable yet
        var before = await Host.EventCountAsync();
        Assert.Equal("FORBIDDEN", (await member.SendAsync(WishOps.Claim, new { input = new { wishId } })).Code);
        Assert.Equal(before, await Host.EventCountAsync());

        Assert.Empty((await member.SendAsync("mutation($i: ChangePasswordInput!) { changePassword(input: $i) { mustChangePassword } }",
            new { i = new { oldPassword = "Told!2026reset", newPassword = "Mine!2026own" } })).Errors);
        var claimed = await member.SendAsync(WishOps.Claim, new { input = new { wishId } });
        Assert.Empty(claimed.Errors);
        Assert.Equal("CLAIMED", claimed.Data.GetProperty("claimWish").GetProperty("status").GetString());
    }
}
