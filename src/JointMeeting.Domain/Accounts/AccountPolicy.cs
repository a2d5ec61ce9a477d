using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Accounts;

/// <summary>
/// Who may create accounts, grant roles and act on someone else's account, in one place.
/// A role is granted only by a role above it whose scope contains the role's scope; an account is
/// administered only by someone who could have granted every role it holds (so nobody can reset
/// the password of someone more powerful). Deny by default.
/// </summary>
public static class AccountPolicy
{
    /// <summary>The organisation kind each role must be scoped to.</summary>
    public static OrganisationKind ScopeKindOf(Role role) => role switch
    {
        Role.DistrictAdmin => OrganisationKind.District,
        Role.StreetSecretary => OrganisationKind.Street,
        Role.CommunitySecretary => OrganisationKind.Community,
        Role.UnitContact => OrganisationKind.ResidentUnit,
        _ => OrganisationKind.Community, // a Member is scoped to the community they reported to
    };

    public static bool CanRegister(Actor actor, OrgPath home) => actor.IsSystem || actor.IsSecretaryOver(home);

    /// <param name="scopePath">The path of the role's scope (for a unit: the path where the unit is located).</param>
    public static bool CanGrant(Actor actor, Role role, OrgPath scopePath) => actor.IsSystem || role switch
    {
        Role.DistrictAdmin or Role.StreetSecretary => actor.Holds(Role.DistrictAdmin, scopePath.DistrictId),
        Role.CommunitySecretary => actor.IsSecretaryOver(scopePath with { CommunityId = null }),
        Role.UnitContact or Role.Member => actor.IsSecretaryOver(scopePath),
        _ => false,
    };

    public static bool IsSelf(Actor actor, Account account) => !actor.IsSystem && actor.AccountId == account.Id;

    public static bool CanAdminister(Actor actor, Account account, AccountPlacement placement) =>
        !IsSelf(actor, account)
        && CanRegister(actor, placement.Home)
        && account.Grants.All(g => placement.ScopePaths.TryGetValue(g.ScopeId, out var path) && CanGrant(actor, g.Role, path));

    /// <summary>Login bookkeeping is the server's, never a person's.</summary>
    public static bool CanRecordLogin(Actor actor) => actor.IsSystem;
}
