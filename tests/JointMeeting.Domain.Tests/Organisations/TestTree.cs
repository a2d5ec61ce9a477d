using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Tests.Organisations;

/// <summary>
/// A small tree and one actor per role, shared by the tests of issue 4:
/// d1 ⊃ s1 ⊃ {c1, c2}, d1 ⊃ s2 ⊃ c3; unit u1 located in c1; a second district d2.
/// </summary>
public static class TestTree
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly OrgPath D1 = new("d1");
    public static readonly OrgPath S1 = new("d1", "s1");
    public static readonly OrgPath S2 = new("d1", "s2");
    public static readonly OrgPath C1 = new("d1", "s1", "c1");
    public static readonly OrgPath C2 = new("d1", "s1", "c2");
    public static readonly OrgPath C3 = new("d1", "s2", "c3");

    public static readonly Actor Admin = Person("p-admin", Role.DistrictAdmin, "d1");
    public static readonly Actor OtherAdmin = Person("p-admin2", Role.DistrictAdmin, "d2");
    public static readonly Actor StreetSecretary = Person("p-street", Role.StreetSecretary, "s1");
    public static readonly Actor OtherStreetSecretary = Person("p-street2", Role.StreetSecretary, "s2");
    public static readonly Actor CommunitySecretary = Person("p-community", Role.CommunitySecretary, "c1");
    public static readonly Actor OtherCommunitySecretary = Person("p-community2", Role.CommunitySecretary, "c2");
    public static readonly Actor UnitContact = Person("p-unit", Role.UnitContact, "u1");
    public static readonly Actor Member = Person("p-member", Role.Member, "c1");

    public static Actor Person(string personId, Role role, string scopeId) =>
        new($"a-{personId}", personId, [new RoleGrant(role, scopeId)]);
}
