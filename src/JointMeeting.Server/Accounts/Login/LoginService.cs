using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Execution;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Commands;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Accounts.Login;

/// <summary>
/// Sign-in: rate limit → locked? → verify the hash → record the failure (the domain locks after
/// MaxFailures) or clear it → cookie session. A wrong login name and a wrong password get the same answer.
/// </summary>
public sealed class LoginService(
    AccountReadModel accounts, Passwords passwords, LoginRateLimiter limiter, CommandExecutor executor,
    TimeProvider clock, IOptions<LoginOptions> options, IHttpContextAccessor http)
{
    public async Task<AccountRow> LoginAsync(string? username, string? password, CancellationToken ct)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("login needs an HTTP request");
        var ip = context.Connection.RemoteIpAddress?.ToString();
        limiter.EnsureAllowed(ip, username ?? "");
        try
        {
            return await VerifyAsync(context, username, password, ct);
        }
        catch (GraphQLException)
        {
            limiter.RecordFailure(ip, username ?? "");
            throw;
        }
    }

    private async Task<AccountRow> VerifyAsync(HttpContext context, string? username, string? password, CancellationToken ct)
    {
        var account = string.IsNullOrWhiteSpace(username) ? null : await accounts.FindByLoginAsync(username, ct);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            passwords.VerifyDecoy(password ?? "");
            throw WrongPassword();
        }
        if (account.LockedUntil is { } until && until > now) throw LockedOut(until, now);

        if (!passwords.Verify(account.PasswordHash, password ?? ""))
        {
            var failed = await RecordAsync(account.Id, new RecordLoginFailure(Actor.System, now, account.Id, options.Value.Lockout), ct);
            if (failed?.LockedUntil is { } lockedUntil && lockedUntil > now) throw LockedOut(lockedUntil, now);
            throw WrongPassword();
        }
        await RecordAsync(account.Id, new RecordLoginSuccess(Actor.System, now, account.Id), ct);
        await SignInAsync(context, account);
        return account;
    }

    /// <summary>Starts (or renews, after a password change) the cookie session of <paramref name="account"/>.</summary>
    public static Task SignInAsync(HttpContext context, AccountRow account) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            SessionClaims.Create(account.Id, account.PersonId, account.LoginName, account.SecurityStamp));

    public Task LogoutAsync() =>
        http.HttpContext?.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme) ?? Task.CompletedTask;

    /// <returns>The account after the bookkeeping; a lock taken meanwhile by a racing attempt ends in LOCKED_OUT.</returns>
    private async Task<Account?> RecordAsync(string accountId, IAccountCommand command, CancellationToken ct)
    {
        try
        {
            return (await executor.ExecuteAsync(AccountAggregates.Accounts, accountId, command, new WriteOptions(Actor: Actor.System), ct)).State;
        }
        catch (DomainException e) when (e.Code == ErrorCode.Conflict)
        {
            var state = (await executor.LoadAsync(AccountAggregates.Accounts, accountId, ct)).State;
            throw LockedOut(state?.LockedUntil ?? command.Now, command.Now);
        }
    }

    private static GraphQLException WrongPassword() =>
        new("用户名或密码错误", "UNAUTHENTICATED", new Dictionary<string, object?> { ["reason"] = "WRONG_PASSWORD" });

    private static GraphQLException LockedOut(DateTimeOffset until, DateTimeOffset now) =>
        new($"登录失败次数过多，账户已锁定，请于{until.ToOffset(ChinaTime.Offset):HH:mm}后再试", "UNAUTHENTICATED",
            new Dictionary<string, object?>
            {
                ["reason"] = "LOCKED_OUT",
                ["lockedUntil"] = until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
                ["retryAfterSeconds"] = Math.Max(1, (int)Math.Ceiling((until - now).TotalSeconds)),
            });
}
