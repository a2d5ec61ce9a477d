using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using Npgsql;

namespace JointMeeting.Server.Accounts;

/// <summary>
/// The account use cases: load the facts the commands need (paths of the home organisation and of
/// every scope), hash passwords, then run the command through the one write path.
/// </summary>
public sealed class AccountService(
    CommandExecutor executor, AccountReadModel accounts, OrganisationReadModel organisations, Passwords passwords, TimeProvider clock)
{
    public async Task<AccountRow> RegisterAsync(Actor actor, RegisterAccountInput input, CancellationToken ct,
        string? accountId = null, string? personId = null, string? passwordHash = null, DateTimeOffset? now = null)
    {
        var home = await organisations.GetRowAsync(input.HomeOrganisationId, "所属组织", ct);
        if (passwordHash is null) AccountRules.CheckPassword(input.Password, "password");
        var login = AccountRules.NormaliseLoginName(input.LoginName ?? "");
        // A friendly answer first; the unique index still decides a race.
        if (await accounts.LoginExistsAsync(login, ct)) throw DuplicateLogin();
        var id = accountId ?? NewId.Next();
        var command = new RegisterAccount(actor, now ?? clock.GetUtcNow(), id, personId ?? NewId.Next(), login,
            new PersonProfile(input.DisplayName ?? "", input.Phone, input.Email, input.Address),
            passwordHash ?? (string.IsNullOrEmpty(input.Password) ? "" : passwords.Hash(input.Password)), home.Id, home.Path);
        try
        {
            await executor.ExecuteAsync(AccountAggregates.Accounts, id, command, new WriteOptions(null, input.ClientMutationId, actor), ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw DuplicateLogin();
        }
        return await GetAsync(id, ct);
    }

    public async Task<AccountRow> UpdateProfileAsync(Actor actor, UpdateProfileInput input, CancellationToken ct)
    {
        var account = await GetAsync(input.AccountId, ct);
        var command = new UpdateProfile(actor, clock.GetUtcNow(), account.Id,
            new PersonProfile(input.DisplayName ?? "", input.Phone, input.Email, input.Address), await PlacementAsync(account, ct));
        return await RunAsync(actor, account.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> ChangePasswordAsync(Actor actor, ChangePasswordInput input, CancellationToken ct)
    {
        var account = await GetAsync(actor.AccountId, ct);
        AccountRules.CheckPassword(input.NewPassword);
        var verified = passwords.Verify(account.PasswordHash, input.OldPassword ?? "");
        var command = new ChangePassword(actor, clock.GetUtcNow(), account.Id, verified, verified ? passwords.Hash(input.NewPassword) : "-");
        return await RunAsync(actor, account.Id, command, null, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> ResetPasswordAsync(Actor actor, ResetPasswordInput input, CancellationToken ct)
    {
        var account = await GetAsync(input.AccountId, ct);
        var placement = await PlacementAsync(account, ct);
        // Ask the policy before hashing: an outsider learns nothing and costs no PBKDF2 round.
        ScopeRules.Demand(AccountPolicy.CanAdminister(actor, ToAccount(account), placement), "无权重置该账户的密码");
        AccountRules.CheckPassword(input.NewPassword);
        var command = new ResetPassword(actor, clock.GetUtcNow(), account.Id, passwords.Hash(input.NewPassword), placement);
        return await RunAsync(actor, account.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> GrantRoleAsync(Actor actor, RoleInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var account = await GetAsync(input.AccountId, ct);
        var scope = await organisations.GetRowAsync(input.ScopeId, "授权范围组织", ct);
        var command = new GrantRole(actor, now ?? clock.GetUtcNow(), account.Id, input.Role, scope.Id, scope.Kind, scope.Path);
        return await RunAsync(actor, account.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> RevokeRoleAsync(Actor actor, RoleInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var account = await GetAsync(input.AccountId, ct);
        var scope = await organisations.GetRowAsync(input.ScopeId, "授权范围组织", ct);
        var command = new RevokeRole(actor, now ?? clock.GetUtcNow(), account.Id, input.Role, scope.Id, scope.Path);
        return await RunAsync(actor, account.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> UnlockAsync(Actor actor, UnlockAccountInput input, CancellationToken ct)
    {
        var account = await GetAsync(input.AccountId, ct);
        var command = new UnlockAccount(actor, clock.GetUtcNow(), account.Id, await PlacementAsync(account, ct));
        return await RunAsync(actor, account.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<AccountRow> GetAsync(string? accountId, CancellationToken ct) =>
        (string.IsNullOrEmpty(accountId) ? null : await accounts.FindAsync(accountId, ct)) ?? throw DomainException.NotFound("账户");

    /// <summary>Where the account sits: its home's path and the path of every scope it holds a role in.</summary>
    public async Task<AccountPlacement> PlacementAsync(AccountRow account, CancellationToken ct)
    {
        var ids = account.Grants.Select(g => g.ScopeId).Append(account.HomeOrganisationId).ToList();
        var rows = await organisations.ByIdsAsync(ids, ct);
        var home = rows.TryGetValue(account.HomeOrganisationId, out var h) ? h.Path : new OrgPath("?");
        return new AccountPlacement(home, rows.ToDictionary(r => r.Key, r => r.Value.Path));
    }

    private async Task<AccountRow> RunAsync(Actor actor, string id, IAccountCommand command, int? expected, string? mutationId, CancellationToken ct)
    {
        await executor.ExecuteAsync(AccountAggregates.Accounts, id, command, new WriteOptions(expected, mutationId, actor), ct);
        return await GetAsync(id, ct);
    }

    private static Account ToAccount(AccountRow a) =>
        new(a.Id, a.PersonId, a.LoginName, a.Profile, a.PasswordHash, a.HomeOrganisationId, a.Grants, a.ConsecutiveFailures,
            a.LockedUntil, a.MustChangePassword);

    private static DomainException DuplicateLogin() =>
        new(ErrorCode.Conflict, "登录名已被使用", new Dictionary<string, string> { ["loginName"] = "登录名已被使用" });
}
