using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Tests.Accounts.AccountTestData;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using AccountSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Accounts.IAccountCommand, JointMeeting.Domain.Accounts.IAccountEvent,
    JointMeeting.Domain.Accounts.Account, JointMeeting.Domain.Accounts.AccountDecider>;

namespace JointMeeting.Domain.Tests.Accounts;

public class AccountDeciderTests
{
    private static RegisterAccount Register(Actor actor, string login = " ZhangSan ", PersonProfile? profile = null, OrgPath? home = null) =>
        new(actor, Now, "acc1", "p-zhang", login, profile ?? Profile with { DisplayName = " 张三华 " }, "HASH1", "c1", home ?? C1);

    [Fact]
    public void Community_secretary_registers_an_account_with_a_normalised_login_name() =>
        AccountSpec.Given().Then(Register(CommunitySecretary), Registered);

    [Theory]
    [MemberData(nameof(OutOfScopeForC1))]
    public void Roles_outside_the_home_cannot_register(Actor actor) =>
        AccountSpec.Given().ThenFails(Register(actor), ErrorCode.Forbidden);

    public static TheoryData<Actor> OutOfScopeForC1 => [OtherAdmin, OtherStreetSecretary, OtherCommunitySecretary, UnitContact, Member];

    [Theory]
    [InlineData("ab")]
    [InlineData("张三")]
    [InlineData("-lead")]
    [InlineData("has space")]
    public void Login_name_format_is_validated(string login) =>
        Assert.Contains("loginName", AccountSpec.Given().ThenFails(Register(Admin, login), ErrorCode.Validation).Fields.Keys);

    [Fact]
    public void Profile_fields_are_validated_together()
    {
        var error = AccountSpec.Given().ThenFails(Register(Admin, profile: new PersonProfile("", "123", "not-mail")), ErrorCode.Validation);
        Assert.Equal(["displayName", "email", "phone"], error.Fields.Keys.Order());
    }

    [Fact]
    public void Registering_twice_is_a_conflict() => AccountSpec.Given(Registered).ThenFails(Register(Admin), ErrorCode.Conflict);

    [Fact]
    public void Owner_updates_their_profile_and_blank_fields_become_null() =>
        AccountSpec.Given(Registered, MemberGranted).Then(
            new UpdateProfile(Owner, Now, "acc1", new PersonProfile("张三华", " ", null, "3栋"), InC1),
            new ProfileUpdated("acc1", new PersonProfile("张三华", null, null, "3栋"), "p-zhang", Now));

    [Fact]
    public void Secretary_in_reach_updates_a_profile_others_cannot()
    {
        AccountSpec.Given(Registered, MemberGranted).Then(new UpdateProfile(StreetSecretary, Now, "acc1", Profile, InC1),
            new ProfileUpdated("acc1", Profile, "p-street", Now));
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new UpdateProfile(OtherCommunitySecretary, Now, "acc1", Profile, InC1), ErrorCode.Forbidden);
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new UpdateProfile(Admin, Now, "acc1", Profile with { Email = "x" }, InC1), ErrorCode.Validation);
        AccountSpec.Given().ThenFails(new UpdateProfile(Admin, Now, "acc1", Profile, InC1), ErrorCode.NotFound);
    }

    [Fact]
    public void Owner_changes_password_after_the_server_verified_the_old_one()
    {
        var state = AccountSpec.Given(Registered, new PasswordReset("acc1", "TEMP", "p-admin", Now)).Then(
            new ChangePassword(Owner, Now, "acc1", true, "HASH2"), new PasswordChanged("acc1", "HASH2", "p-zhang", Now));
        Assert.False(state!.MustChangePassword);
        Assert.Equal("HASH2", state.PasswordHash);
    }

    [Fact]
    public void Change_password_rejections()
    {
        Assert.Equal("原密码不正确", AccountSpec.Given(Registered).ThenFails(new ChangePassword(Owner, Now, "acc1", false, "HASH2"), ErrorCode.Validation).Fields["oldPassword"]);
        AccountSpec.Given(Registered).ThenFails(new ChangePassword(Admin, Now, "acc1", true, "HASH2"), ErrorCode.Forbidden);
        AccountSpec.Given().ThenFails(new ChangePassword(Owner, Now, "acc1", true, "HASH2"), ErrorCode.NotFound);
    }

    [Fact]
    public void Admin_reset_forces_a_change_at_next_login()
    {
        var state = AccountSpec.Given(Registered, MemberGranted).Then(new ResetPassword(CommunitySecretary, Now, "acc1", "TEMP", InC1),
            new PasswordReset("acc1", "TEMP", "p-community", Now));
        Assert.True(state!.MustChangePassword);
    }

    [Fact]
    public void Reset_rejections()
    {
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new ResetPassword(OtherAdmin, Now, "acc1", "TEMP", InC1), ErrorCode.Forbidden);
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new ResetPassword(Owner, Now, "acc1", "TEMP", InC1), ErrorCode.Forbidden);
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new ResetPassword(Admin, Now, "acc1", " ", InC1), ErrorCode.Validation);
        AccountSpec.Given().ThenFails(new ResetPassword(Admin, Now, "acc1", "TEMP", InC1), ErrorCode.NotFound);
    }

    [Fact]
    public void Nobody_resets_someone_more_powerful()
    {
        // The account is a street secretary of s1 living in c1: the community secretary cannot touch it.
        var placement = new AccountPlacement(C1, new Dictionary<string, OrgPath> { ["s1"] = S1 });
        var given = AccountSpec.Given(Registered, new RoleGranted("acc1", Role.StreetSecretary, "s1", "p-admin", Now));
        given.ThenFails(new ResetPassword(CommunitySecretary, Now, "acc1", "TEMP", placement), ErrorCode.Forbidden);
        given.ThenFails(new ResetPassword(StreetSecretary, Now, "acc1", "TEMP", placement), ErrorCode.Forbidden);
        Assert.Single(given.When(new ResetPassword(Admin, Now, "acc1", "TEMP", placement)));
    }

    [Fact]
    public void Events_have_unique_stable_names() =>
        Assert.Equal(AccountEventNames.All.Count, AccountEventNames.All.Select(n => n.Name).Distinct().Count());
}
