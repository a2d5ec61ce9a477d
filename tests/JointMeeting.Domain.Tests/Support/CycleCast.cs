using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Tests.Support;

/// <summary>The people and places of the joint-meeting cycle tests: one district, one street, two communities, three units.</summary>
public static class CycleCast
{
    public static readonly OrgPath District = new("d1");
    public static readonly OrgPath Street = new("d1", "s1");
    public static readonly OrgPath Community = new("d1", "s1", "c1");
    public static readonly OrgPath OtherCommunity = new("d1", "s1", "c2");
    public static readonly OrgPath FarCommunity = new("d1", "s2", "c9");

    public static readonly Actor Admin = Person("p-admin", Role.DistrictAdmin, "d1");
    public static readonly Actor StreetSecretary = Person("p-street", Role.StreetSecretary, "s1");
    public static readonly Actor CommunitySecretary = Person("p-comm", Role.CommunitySecretary, "c1");
    public static readonly Actor OtherSecretary = Person("p-comm2", Role.CommunitySecretary, "c2");
    public static readonly Actor UnitContact = Person("p-unit1", Role.UnitContact, "u1");
    public static readonly Actor OtherUnitContact = Person("p-unit2", Role.UnitContact, "u2");
    public static readonly Actor Member = Person("p-member", Role.Member, "c1");

    /// <summary>2026-03-02 10:00 in Beijing, a Monday.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    public static DateOnly Today => ChinaTime.Today(Now);

    public static Actor Person(string personId, Role role, string scopeId) =>
        new("acc-" + personId, personId, [new RoleGrant(role, scopeId)]);
}
