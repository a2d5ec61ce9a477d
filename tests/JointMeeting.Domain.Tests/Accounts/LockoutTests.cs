using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Tests.Accounts.AccountTestData;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using AccountSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Accounts.IAccountCommand, JointMeeting.Domain.Accounts.IAccountEvent,
    JointMeeting.Domain.Accounts.Account, JointMeeting.Domain.Accounts.AccountDecider>;

namespace JointMeeting.Domain.Tests.Accounts;

public class LockoutTests
{
    private static RecordLoginFailure Fail(DateTimeOffset at) => new(Actor.System, at, "acc1", LockoutRules.Default);

    private static DateTimeOffset Minutes(int m) => Now.AddMinutes(m);

    [Fact]
    public void Five_consecutive_failures_lock_for_fifteen_minutes()
    {
        var spec = AccountSpec.Given(Registered);
        for (var i = 1; i <= 4; i++)
        {
            spec.Then(Fail(Minutes(i)), new LoginFailed("acc1", i, Minutes(i)));
            spec.And(Fail(Minutes(i)));
        }

        var state = spec.Then(Fail(Minutes(5)),
            new LoginFailed("acc1", 5, Minutes(5)), new AccountLocked("acc1", Minutes(20), Minutes(5)));
        Assert.True(state!.IsLockedAt(Minutes(19)));
        Assert.False(state.IsLockedAt(Minutes(20)));
    }

    [Fact]
    public void While_locked_neither_failure_nor_success_is_accepted()
    {
        var locked = AccountSpec.Given(Registered, new LoginFailed("acc1", 5, Now), new AccountLocked("acc1", Minutes(15), Now));
        var error = locked.ThenFails(Fail(Minutes(1)), ErrorCode.Conflict);
        Assert.Equal("账户已锁定，请于09:15后再试", error.Message);
        locked.ThenFails(new RecordLoginSuccess(Actor.System, Minutes(14), "acc1"), ErrorCode.Conflict);
    }

    [Fact]
    public void After_the_lock_expires_the_count_starts_again() =>
        AccountSpec.Given(Registered, new LoginFailed("acc1", 5, Now), new AccountLocked("acc1", Minutes(15), Now))
            .Then(Fail(Minutes(16)), new LoginFailed("acc1", 1, Minutes(16)));

    [Fact]
    public void A_success_resets_the_failures_and_the_next_lock_needs_five_again()
    {
        var spec = AccountSpec.Given(Registered, new LoginFailed("acc1", 1, Now), new LoginFailed("acc1", 2, Now));
        spec.Then(new RecordLoginSuccess(Actor.System, Minutes(1), "acc1"), new LoginFailuresCleared("acc1", Minutes(1)));
        spec.And(new RecordLoginSuccess(Actor.System, Minutes(1), "acc1"));
        spec.Then(Fail(Minutes(2)), new LoginFailed("acc1", 1, Minutes(2)));
    }

    [Fact]
    public void A_plain_success_writes_nothing() =>
        AccountSpec.Given(Registered).Then(new RecordLoginSuccess(Actor.System, Now, "acc1"));

    [Fact]
    public void The_rules_come_from_the_server() =>
        AccountSpec.Given(Registered, new LoginFailed("acc1", 1, Now)).Then(
            new RecordLoginFailure(Actor.System, Now, "acc1", new LockoutRules(2, TimeSpan.FromHours(1))),
            new LoginFailed("acc1", 2, Now), new AccountLocked("acc1", Now.AddHours(1), Now));

    [Fact]
    public void Only_the_system_records_logins()
    {
        AccountSpec.Given(Registered).ThenFails(new RecordLoginFailure(Owner, Now, "acc1", LockoutRules.Default), ErrorCode.Forbidden);
        AccountSpec.Given(Registered).ThenFails(new RecordLoginSuccess(Admin, Now, "acc1"), ErrorCode.Forbidden);
        AccountSpec.Given().ThenFails(Fail(Now), ErrorCode.NotFound);
    }

    [Fact]
    public void An_admin_in_reach_unlocks()
    {
        var locked = AccountSpec.Given(Registered, MemberGranted, new LoginFailed("acc1", 5, Now), new AccountLocked("acc1", Minutes(15), Now));
        var state = locked.Then(new UnlockAccount(CommunitySecretary, Minutes(1), "acc1", InC1), new AccountUnlocked("acc1", "p-community", Minutes(1)));
        Assert.False(state!.IsLockedAt(Minutes(2)));
        locked.ThenFails(new UnlockAccount(OtherCommunitySecretary, Minutes(1), "acc1", InC1), ErrorCode.Forbidden);
        locked.ThenFails(new UnlockAccount(CommunitySecretary, Minutes(16), "acc1", InC1), ErrorCode.Conflict);
    }

    [Fact]
    public void A_reset_also_unlocks()
    {
        var state = AccountSpec.Given(Registered, new LoginFailed("acc1", 5, Now), new AccountLocked("acc1", Minutes(15), Now),
            new PasswordReset("acc1", "TEMP", "p-admin", Now)).State;
        Assert.False(state!.IsLockedAt(Minutes(1)));
    }

    [Theory]
    [InlineData("short1", false)]
    [InlineData("onlyletters", false)]
    [InlineData("12345678", false)]
    [InlineData("JointMeeting!2026", true)]
    public void Password_rules_are_checked_before_hashing(string password, bool ok)
    {
        var error = Record.Exception(() => AccountRules.CheckPassword(password));
        Assert.Equal(ok, error is null);
        if (!ok) Assert.Contains("newPassword", ((DomainException)error!).Fields.Keys);
    }
}
