using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Accounts;

/// <summary>Marker for the events of one account stream (stream id: <see cref="AccountStream.Id"/>).</summary>
public interface IAccountEvent
{
    string AccountId { get; }
}

public static class AccountStream
{
    public static string Id(string accountId) => $"account-{accountId}";
}

public sealed record AccountRegistered(
    string AccountId, string PersonId, string LoginName, PersonProfile Profile, string PasswordHash,
    string HomeOrganisationId, string By, DateTimeOffset At) : IAccountEvent;

public sealed record ProfileUpdated(string AccountId, PersonProfile Profile, string By, DateTimeOffset At) : IAccountEvent;

public sealed record PasswordChanged(string AccountId, string PasswordHash, string By, DateTimeOffset At) : IAccountEvent;

public sealed record PasswordReset(string AccountId, string PasswordHash, string By, DateTimeOffset At) : IAccountEvent;

public sealed record RoleGranted(string AccountId, Role Role, string ScopeId, string By, DateTimeOffset At) : IAccountEvent;

public sealed record RoleRevoked(string AccountId, Role Role, string ScopeId, string By, DateTimeOffset At) : IAccountEvent;

/// <summary>
/// Only failures are events: successful logins would bloat the stream. ConsecutiveFailures counts
/// since the last success, lock or unlock.
/// </summary>
public sealed record LoginFailed(string AccountId, int ConsecutiveFailures, DateTimeOffset At) : IAccountEvent;

public sealed record AccountLocked(string AccountId, DateTimeOffset LockedUntil, DateTimeOffset At) : IAccountEvent;

/// <summary>A successful login after failures; written only when there was something to clear.</summary>
public sealed record LoginFailuresCleared(string AccountId, DateTimeOffset At) : IAccountEvent;

public sealed record AccountUnlocked(string AccountId, string By, DateTimeOffset At) : IAccountEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class AccountEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(AccountRegistered), "account.registered"),
        (typeof(ProfileUpdated), "account.profile-updated"),
        (typeof(PasswordChanged), "account.password-changed"),
        (typeof(PasswordReset), "account.password-reset"),
        (typeof(RoleGranted), "account.role-granted"),
        (typeof(RoleRevoked), "account.role-revoked"),
        (typeof(LoginFailed), "account.login-failed"),
        (typeof(AccountLocked), "account.locked"),
        (typeof(LoginFailuresCleared), "account.login-failures-cleared"),
        (typeof(AccountUnlocked), "account.unlocked"),
    ];
}
