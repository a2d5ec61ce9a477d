using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;

namespace JointMeeting.Domain.Tests.MicroWishes;

/// <summary>One district d1 › street s1 › community c1, its people, and a wish at each stage.</summary>
internal static class WishTestData
{
    public const string WishId = "w1";
    public static readonly OrgPath Community = new("d1", "s1", "c1");

    public static readonly Actor Secretary = new("acc-sec", "p-sec", [new RoleGrant(Role.CommunitySecretary, "c1")]);
    public static readonly Actor OtherSecretary = new("acc-sec2", "p-sec2", [new RoleGrant(Role.CommunitySecretary, "c2")]);
    public static readonly Actor StreetSecretary = new("acc-street", "p-street", [new RoleGrant(Role.StreetSecretary, "s1")]);
    public static readonly Actor DistrictAdmin = new("acc-admin", "p-admin", [new RoleGrant(Role.DistrictAdmin, "d1")]);
    public static readonly Actor Member = new("acc-m1", "m1", [new RoleGrant(Role.Member, "c1")]);
    public static readonly Actor Member2 = new("acc-m2", "m2", [new RoleGrant(Role.Member, "c1")]);
    public static readonly Actor StreetMember = new("acc-m3", "m3", [new RoleGrant(Role.Member, "c9")]);
    public static readonly Actor Outsider = new("acc-m4", "m4", [new RoleGrant(Role.Member, "cx")]);

    public static readonly ApprovedReporting MemberReporting = new("m1", "c1", "s1", "g1", "b1");
    public static readonly ApprovedReporting Member2Reporting = new("m2", "c1", "s1", "g2", "b7");
    public static readonly ApprovedReporting StreetMemberReporting = new("m3", "c9", "s1", null, null);
    public static readonly ApprovedReporting OutsiderReporting = new("m4", "cx", "s2", null, null);

    /// <summary>Monday 2 March 2026, 09:00 in China.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset ClaimedAt = T0.AddDays(1);
    public static readonly DateTimeOffset DueAt = ClaimedAt.AddDays(7);

    public static readonly ResidentContact Resident = new("张三华", "13812341234", "幸福小区3号楼2单元501");

    public static SubmitWish Submit(Actor? by = null, decimal value = 80m, bool widen = false) =>
        new(by ?? Secretary, T0, WishId, Community, widen, WishCategory.Repair, "修门锁", "独居老人家门锁坏了", value,
            Resident, "g1", "b1");

    public static WishSubmitted Submitted(bool widen = false) =>
        new(WishId, Community, widen, WishCategory.Repair, "修门锁", "独居老人家门锁坏了", 80m, Resident, "g1", "b1", "p-sec", T0);

    public static WishPublished Published(bool widen = false) => new(WishId, widen, "p-sec", T0.AddHours(1));

    public static WishClaimed Claimed(string member = "m1") => new(WishId, member, ClaimedAt, DueAt);

    public static readonly WishPhoto Photo = new("f1", "image/jpeg", 200_000);

    public static WishFulfilled Fulfilled(string member = "m1") => new(WishId, member, "已换新锁", [Photo], ClaimedAt.AddDays(2));

    public static ClaimWish Claim(Actor? by = null, ApprovedReporting? reporting = null, int openClaims = 0,
        DateTimeOffset? at = null, CommunityWishSettings? settings = null) =>
        new(by ?? Member, at ?? ClaimedAt, WishId, by is null ? MemberReporting : reporting, openClaims,
            settings ?? CommunityWishSettings.Default);
}
