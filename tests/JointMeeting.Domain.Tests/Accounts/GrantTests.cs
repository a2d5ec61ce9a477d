using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Tests.Accounts.AccountTestData;
using static JointMeeting.Domain.Tests.Organisations.TestTree;
using AccountSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Accounts.IAccountCommand, JointMeeting.Domain.Accounts.IAccountEvent,
    JointMeeting.Domain.Accounts.Account, JointMeeting.Domain.Accounts.AccountDecider>;

namespace JointMeeting.Domain.Tests.Accounts;

public class GrantTests
{
    private static readonly OrgPath U1 = C1; // unit u1 is located in c1

    private static GrantRole Grant(Actor actor, Role role, string scope, OrganisationKind kind, OrgPath path) =>
        new(actor, Now, "acc1", role, scope, kind, path);

    public static TheoryData<string, Role, string, OrganisationKind, string> Allowed => new()
    {
        { "admin", Role.DistrictAdmin, "d1", OrganisationKind.District, "d1" },
        { "admin", Role.StreetSecretary, "s1", OrganisationKind.Street, "s1" },
        { "street", Role.CommunitySecretary, "c1", OrganisationKind.Community, "c1" },
        { "street", Role.UnitContact, "u1", OrganisationKind.ResidentUnit, "u1" },
        { "community", Role.UnitContact, "u1", OrganisationKind.ResidentUnit, "u1" },
        { "community", Role.Member, "c1", OrganisationKind.Community, "c1" },
        { "system", Role.DistrictAdmin, "d1", OrganisationKind.District, "d1" },
    };

    public static TheoryData<string, Role, string, OrganisationKind, string> Denied => new()
    {
        { "street", Role.StreetSecretary, "s1", OrganisationKind.Street, "s1" },
        { "street", Role.DistrictAdmin, "d1", OrganisationKind.District, "d1" },
        { "community", Role.CommunitySecretary, "c1", OrganisationKind.Community, "c1" },
        { "other-street", Role.CommunitySecretary, "c1", OrganisationKind.Community, "c1" },
        { "other-community", Role.Member, "c1", OrganisationKind.Community, "c1" },
        { "other-admin", Role.StreetSecretary, "s1", OrganisationKind.Street, "s1" },
        { "unit", Role.Member, "c1", OrganisationKind.Community, "c1" },
        { "member", Role.Member, "c1", OrganisationKind.Community, "c1" },
    };

    private static Actor By(string who) => who switch
    {
        "admin" => Admin, "other-admin" => OtherAdmin, "street" => StreetSecretary, "other-street" => OtherStreetSecretary,
        "community" => CommunitySecretary, "other-community" => OtherCommunitySecretary, "unit" => UnitContact,
        "member" => Member, _ => Actor.System,
    };

    private static OrgPath PathOf(string scope) => scope switch
    {
        "d1" => D1, "s1" => S1, "c1" => C1, _ => U1,
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_role_is_granted_by_someone_above_its_scope(string who, Role role, string scope, OrganisationKind kind, string _)
    {
        var state = AccountSpec.Given(Registered).Then(Grant(By(who), role, scope, kind, PathOf(scope)),
            new RoleGranted("acc1", role, scope, By(who).PersonId, Now));
        Assert.Contains(new RoleGrant(role, scope), state!.ToActor().Grants);
    }

    [Theory]
    [MemberData(nameof(Denied))]
    public void Nobody_grants_at_or_above_their_own_level_or_outside_scope(string who, Role role, string scope, OrganisationKind kind, string _) =>
        AccountSpec.Given(Registered).ThenFails(Grant(By(who), role, scope, kind, PathOf(scope)), ErrorCode.Forbidden);

    [Fact]
    public void The_scope_must_be_of_the_role_s_kind() =>
        Assert.Equal("该角色的范围须为社区", AccountSpec.Given(Registered).ThenFails(
            Grant(Admin, Role.CommunitySecretary, "s1", OrganisationKind.Street, S1), ErrorCode.Validation).Fields["scopeId"]);

    [Fact]
    public void Granting_a_held_role_is_a_conflict_and_a_missing_account_not_found()
    {
        AccountSpec.Given(Registered, MemberGranted).ThenFails(Grant(CommunitySecretary, Role.Member, "c1", OrganisationKind.Community, C1), ErrorCode.Conflict);
        AccountSpec.Given().ThenFails(Grant(CommunitySecretary, Role.Member, "c1", OrganisationKind.Community, C1), ErrorCode.NotFound);
    }

    [Fact]
    public void Revoke_removes_the_grant()
    {
        var state = AccountSpec.Given(Registered, MemberGranted).Then(new RevokeRole(CommunitySecretary, Now, "acc1", Role.Member, "c1", C1),
            new RoleRevoked("acc1", Role.Member, "c1", "p-community", Now));
        Assert.Empty(state!.Grants);
    }

    [Fact]
    public void Revoke_rejections()
    {
        AccountSpec.Given(Registered, MemberGranted).ThenFails(new RevokeRole(OtherCommunitySecretary, Now, "acc1", Role.Member, "c1", C1), ErrorCode.Forbidden);
        AccountSpec.Given(Registered).ThenFails(new RevokeRole(CommunitySecretary, Now, "acc1", Role.Member, "c1", C1), ErrorCode.NotFound);
        AccountSpec.Given().ThenFails(new RevokeRole(CommunitySecretary, Now, "acc1", Role.Member, "c1", C1), ErrorCode.NotFound);
        // An admin cannot take away their own role (and so lock themselves out).
        var self = new Actor("acc1", "p-zhang", [new RoleGrant(Role.DistrictAdmin, "d1")]);
        AccountSpec.Given(Registered, new RoleGranted("acc1", Role.DistrictAdmin, "d1", "system", Now))
            .ThenFails(new RevokeRole(self, Now, "acc1", Role.DistrictAdmin, "d1", D1), ErrorCode.Forbidden);
    }
}
