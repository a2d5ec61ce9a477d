using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Accounts;

public sealed class AccountDecider : IDecider<IAccountCommand, IAccountEvent, Account>
{
    public static Account? Initial => null;

    public static IReadOnlyList<IAccountEvent> Decide(IAccountCommand command, Account? state)
    {
        if (command is RegisterAccount register) return [Register(register, state)];
        var account = state ?? throw DomainException.NotFound("账户");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case UpdateProfile c:
                Demand(AccountPolicy.IsSelf(c.Actor, account) || AccountPolicy.CanAdminister(c.Actor, account, c.Placement));
                var v = new Validator();
                AccountRules.ValidateProfile(v, c.Profile);
                v.ThrowIfAny();
                return [new ProfileUpdated(account.Id, AccountRules.Trim(c.Profile), by, c.Now)];
            case ChangePassword c:
                Demand(AccountPolicy.IsSelf(c.Actor, account), "只能修改自己的密码");
                new Validator()
                    .Require(c.OldPasswordVerified, "oldPassword", "原密码不正确")
                    .NotBlank(c.NewPasswordHash, "newPassword", "新密码", 1000)
                    .ThrowIfAny();
                return [new PasswordChanged(account.Id, c.NewPasswordHash, by, c.Now)];
            case ResetPassword c:
                Demand(AccountPolicy.CanAdminister(c.Actor, account, c.Placement), "无权重置该账户的密码");
                new Validator().NotBlank(c.NewPasswordHash, "newPassword", "新密码", 1000).ThrowIfAny();
                return [new PasswordReset(account.Id, c.NewPasswordHash, by, c.Now)];
            case GrantRole c:
                return [Grant(c, account)];
            case RevokeRole c:
                Demand(AccountPolicy.CanGrant(c.Actor, c.Role, c.ScopePath), "无权撤销该角色");
                if (AccountPolicy.IsSelf(c.Actor, account)) throw DomainException.Forbidden("不能撤销自己的角色");
                if (!account.Grants.Contains(new RoleGrant(c.Role, c.ScopeId))) throw DomainException.NotFound("该角色授权");
                return [new RoleRevoked(account.Id, c.Role, c.ScopeId, by, c.Now)];
            case RecordLoginFailure c:
                return LoginFailure(c, account);
            case RecordLoginSuccess c:
                Demand(AccountPolicy.CanRecordLogin(c.Actor));
                EnsureNotLocked(account, c.Now);
                return account.ConsecutiveFailures > 0 || account.LockedUntil is not null
                    ? [new LoginFailuresCleared(account.Id, c.Now)]
                    : [];
            case UnlockAccount c:
                Demand(AccountPolicy.CanAdminister(c.Actor, account, c.Placement), "无权解锁该账户");
                if (!account.IsLockedAt(c.Now)) throw DomainException.Conflict("该账户未被锁定");
                return [new AccountUnlocked(account.Id, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    public static Account? Evolve(Account? state, IAccountEvent @event) => @event switch
    {
        AccountRegistered e => new Account(e.AccountId, e.PersonId, e.LoginName, e.Profile, e.PasswordHash,
            e.HomeOrganisationId, [], 0, null, false),
        ProfileUpdated e => state! with { Profile = e.Profile },
        PasswordChanged e => state! with { PasswordHash = e.PasswordHash, MustChangePassword = false },
        PasswordReset e => state! with { PasswordHash = e.PasswordHash, MustChangePassword = true, ConsecutiveFailures = 0, LockedUntil = null },
        RoleGranted e => state! with { Grants = [.. state.Grants, new RoleGrant(e.Role, e.ScopeId)] },
        RoleRevoked e => state! with { Grants = state.Grants.Where(g => g != new RoleGrant(e.Role, e.ScopeId)).ToList() },
        LoginFailed e => state! with { ConsecutiveFailures = e.ConsecutiveFailures },
        // Locking starts a fresh count, so after the lock expires the user again has MaxFailures tries.
        AccountLocked e => state! with { LockedUntil = e.LockedUntil, ConsecutiveFailures = 0 },
        LoginFailuresCleared or AccountUnlocked => state! with { ConsecutiveFailures = 0, LockedUntil = null },
        _ => state,
    };

    private static AccountRegistered Register(RegisterAccount c, Account? state)
    {
        Demand(AccountPolicy.CanRegister(c.Actor, c.Home), "无权在该组织下创建账户");
        if (state is not null) throw DomainException.Conflict("账户已存在");
        var loginName = AccountRules.NormaliseLoginName(c.LoginName ?? "");
        var v = new Validator()
            .Require(AccountRules.IsLoginName(loginName), "loginName", "登录名须为3到32位小写字母、数字或 . _ -，并以字母或数字开头")
            .NotBlank(c.PasswordHash, "password", "密码", 1000);
        AccountRules.ValidateProfile(v, c.Profile);
        v.ThrowIfAny();
        return new AccountRegistered(c.AccountId, c.PersonId, loginName, AccountRules.Trim(c.Profile), c.PasswordHash,
            c.HomeOrganisationId, c.Actor.PersonId, c.Now);
    }

    private static RoleGranted Grant(GrantRole c, Account account)
    {
        Demand(AccountPolicy.CanGrant(c.Actor, c.Role, c.ScopePath), "无权在该范围内授予此角色");
        var kind = AccountPolicy.ScopeKindOf(c.Role);
        if (c.ScopeKind != kind)
            throw DomainException.Invalid("scopeId", $"该角色的范围须为{Organisations.OrganisationTree.Label(kind)}");
        if (account.Grants.Contains(new RoleGrant(c.Role, c.ScopeId))) throw DomainException.Conflict("该账户已拥有此角色");
        return new RoleGranted(account.Id, c.Role, c.ScopeId, c.Actor.PersonId, c.Now);
    }

    private static IReadOnlyList<IAccountEvent> LoginFailure(RecordLoginFailure c, Account account)
    {
        Demand(AccountPolicy.CanRecordLogin(c.Actor));
        EnsureNotLocked(account, c.Now);
        var failures = account.ConsecutiveFailures + 1;
        var failed = new LoginFailed(account.Id, failures, c.Now);
        return failures >= c.Rules.MaxFailures
            ? [failed, new AccountLocked(account.Id, c.Now + c.Rules.LockFor, c.Now)]
            : [failed];
    }

    // The server checks IsLockedAt before trying a password; this guards against it forgetting.
    private static void EnsureNotLocked(Account account, DateTimeOffset now)
    {
        if (account.IsLockedAt(now))
            throw DomainException.Conflict($"账户已锁定，请于{account.LockedUntil!.Value.ToOffset(ChinaTime.Offset):HH:mm}后再试");
    }
}
