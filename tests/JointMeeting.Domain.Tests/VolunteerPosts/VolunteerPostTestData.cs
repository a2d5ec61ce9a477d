using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using static JointMeeting.Domain.Tests.Support.CycleCast;

namespace JointMeeting.Domain.Tests.VolunteerPosts;

/// <summary>A two-hour 垃圾分类督导 post of community c1, starting Saturday 7 March 2026 at 08:00.</summary>
internal static class VolunteerPostTestData
{
    public const string PostId = "vp1";
    public static readonly DateTimeOffset PublishedAt = Now;
    public static readonly DateTimeOffset StartsAt = new(2026, 3, 7, 8, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset EndsAt = StartsAt.AddHours(2);

    public static readonly Actor Member2 = Person("p-member2", Role.Member, "c1");
    public static readonly Actor Member3 = Person("p-member4", Role.Member, "c1");
    public static readonly Actor StreetMember = Person("p-member3", Role.Member, "c2");
    public static ApprovedReporting ReportingOf(Actor member, string community = "c1", string street = "s1") =>
        new(member.PersonId, community, street, null, null);

    public static PublishVolunteerPost Publish(Actor? by = null, int slots = 2, bool widen = false) =>
        new(by ?? CommunitySecretary, PublishedAt, PostId, Community, widen, "垃圾分类督导", "幸福小区东门",
            VolunteerPostCategory.GarbageSorting, StartsAt, EndsAt, slots);

    public static VolunteerPostPublished Published(int slots = 2, bool widen = false) =>
        new(PostId, Community, widen, "垃圾分类督导", "幸福小区东门", VolunteerPostCategory.GarbageSorting,
            StartsAt, EndsAt, slots, null, CommunitySecretary.PersonId, PublishedAt);

    public static ClaimVolunteerSlot Claim(Actor member, DateTimeOffset? at = null) =>
        new(member, at ?? Now.AddHours(1), PostId, ReportingOf(member));

    public static VolunteerSlotClaimed Claimed(Actor member) => new(PostId, member.PersonId, Now.AddHours(1));

    public static VolunteerCheckedIn CheckedIn(Actor member, DateTimeOffset? at = null) => new(PostId, member.PersonId, at ?? StartsAt);
}
