using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Accounts;

/// <summary>Every account command names its account and carries who and when.</summary>
public interface IAccountCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string AccountId { get; }
}

/// <summary>The person behind an account. All but the display name are personal (masked, see PrivacyPolicy).</summary>
public sealed record PersonProfile(string DisplayName, string? Phone = null, string? Email = null, string? Address = null);

/// <summary>
/// Where an account sits, from the read models: the path of its home organisation and the path of
/// every scope it holds a role in. An admin may act on an account only when this all lies within reach.
/// </summary>
public sealed record AccountPlacement(OrgPath Home, IReadOnlyDictionary<string, OrgPath> ScopePaths);

/// <summary>How many consecutive failures lock an account, and for how long (configurable by the server).</summary>
public sealed record LockoutRules(int MaxFailures, TimeSpan LockFor)
{
    public static readonly LockoutRules Default = new(5, TimeSpan.FromMinutes(15));
}

/// <summary>
/// The login name's uniqueness is the server's unique index; PasswordHash comes from ASP.NET's
/// PasswordHasher. Home: the path of the organisation the account belongs to (its community, unit…).
/// </summary>
public sealed record RegisterAccount(
    Actor Actor, DateTimeOffset Now, string AccountId, string PersonId, string LoginName,
    PersonProfile Profile, string PasswordHash, string HomeOrganisationId, OrgPath Home) : IAccountCommand;

public sealed record UpdateProfile(
    Actor Actor, DateTimeOffset Now, string AccountId, PersonProfile Profile, AccountPlacement Placement) : IAccountCommand;

/// <summary>By the account's owner; the server verified the old password and says so here.</summary>
public sealed record ChangePassword(
    Actor Actor, DateTimeOffset Now, string AccountId, bool OldPasswordVerified, string NewPasswordHash) : IAccountCommand;

/// <summary>By an admin in reach; the owner must change it at the next login.</summary>
public sealed record ResetPassword(
    Actor Actor, DateTimeOffset Now, string AccountId, string NewPasswordHash, AccountPlacement Placement) : IAccountCommand;

/// <summary>ScopeKind and ScopePath describe the organisation the role is scoped to.</summary>
public sealed record GrantRole(
    Actor Actor, DateTimeOffset Now, string AccountId, Role Role, string ScopeId,
    OrganisationKind ScopeKind, OrgPath ScopePath) : IAccountCommand;

public sealed record RevokeRole(
    Actor Actor, DateTimeOffset Now, string AccountId, Role Role, string ScopeId, OrgPath ScopePath) : IAccountCommand;

/// <summary>Sent by the server (as the system) after a wrong password.</summary>
public sealed record RecordLoginFailure(Actor Actor, DateTimeOffset Now, string AccountId, LockoutRules Rules) : IAccountCommand;

/// <summary>Sent by the server (as the system) after a right password; writes only when failures must be cleared.</summary>
public sealed record RecordLoginSuccess(Actor Actor, DateTimeOffset Now, string AccountId) : IAccountCommand;

public sealed record UnlockAccount(Actor Actor, DateTimeOffset Now, string AccountId, AccountPlacement Placement) : IAccountCommand;
