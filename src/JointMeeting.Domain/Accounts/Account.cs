using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Accounts;

/// <summary>An account as its events leave it; the server builds <see cref="Actor"/> from it at login.</summary>
public sealed record Account(
    string Id, string PersonId, string LoginName, PersonProfile Profile, string PasswordHash,
    string HomeOrganisationId, IReadOnlyList<RoleGrant> Grants,
    int ConsecutiveFailures, DateTimeOffset? LockedUntil, bool MustChangePassword)
{
    /// <summary>The server asks this before verifying a password: a locked account is not even tried.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    public Actor ToActor() => new(Id, PersonId, Grants);
}
