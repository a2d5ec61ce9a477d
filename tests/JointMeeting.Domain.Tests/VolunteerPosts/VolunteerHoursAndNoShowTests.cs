using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using static JointMeeting.Domain.Tests.VolunteerPosts.VolunteerPostTestData;

namespace JointMeeting.Domain.Tests.VolunteerPosts;

public class VolunteerHoursAndNoShowTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(14, 0)]
    [InlineData(15, 0.5)]
    [InlineData(44, 0.5)]
    [InlineData(45, 1.0)]
    [InlineData(74, 1.0)]
    [InlineData(75, 1.5)]
    [InlineData(150, 2.5)]
    [InlineData(151, 2.5)]
    [InlineData(600, 2.5)]
    [InlineData(-10, 0)]
    public void Hours_round_to_the_nearest_half_hour_capped_by_the_schedule_plus_grace(int minutes, double expected) =>
        Assert.Equal((decimal)expected, VolunteerPostRules.Hours(StartsAt, StartsAt.AddMinutes(minutes), TimeSpan.FromHours(2)));

    [Fact]
    public void A_forgotten_check_out_does_not_inflate_hours()
    {
        var at = EndsAt.AddHours(8);
        VolunteerPostSpec.Given(Published(), Claimed(Member), CheckedIn(Member, StartsAt.AddMinutes(-30)))
            .Then(new CheckOutVolunteer(Member, at, PostId),
                new VolunteerCheckedOut(PostId, Member.PersonId, StartsAt.AddMinutes(-30), 2.5m, VolunteerPostCategory.GarbageSorting, at));
    }

    [Fact]
    public void After_the_end_the_community_marks_an_absent_holder_as_no_show()
    {
        var mark = new MarkVolunteerNoShow(CommunitySecretary, EndsAt, PostId, Member2.PersonId);
        var spec = VolunteerPostSpec.Given(Published(), Claimed(Member), Claimed(Member2), CheckedIn(Member));
        Assert.Equal([Member2.PersonId], spec.State!.Absentees.Select(a => a.MemberId));
        var post = spec.Then(mark, new VolunteerNoShowMarked(PostId, Member2.PersonId, CommunitySecretary.PersonId, EndsAt));
        Assert.True(post!.SlotOf(Member2.PersonId)!.NoShow);
        Assert.Empty(post.Absentees);
    }

    [Fact]
    public void No_show_is_refused_before_the_end_twice_for_someone_who_came_or_never_claimed()
    {
        var spec = VolunteerPostSpec.Given(Published(), Claimed(Member), Claimed(Member2), CheckedIn(Member));
        spec.ThenFails(new MarkVolunteerNoShow(CommunitySecretary, EndsAt.AddMinutes(-1), PostId, Member2.PersonId), ErrorCode.Conflict);
        spec.ThenFails(new MarkVolunteerNoShow(CommunitySecretary, EndsAt, PostId, Member.PersonId), ErrorCode.Conflict);
        spec.ThenFails(new MarkVolunteerNoShow(CommunitySecretary, EndsAt, PostId, "nobody"), ErrorCode.Conflict);
        spec.And(new MarkVolunteerNoShow(CommunitySecretary, EndsAt, PostId, Member2.PersonId))
            .ThenFails(new MarkVolunteerNoShow(CommunitySecretary, EndsAt, PostId, Member2.PersonId), ErrorCode.Conflict);
    }

    [Fact]
    public void Only_the_community_marks_no_shows()
    {
        var spec = VolunteerPostSpec.Given(Published(), Claimed(Member2));
        spec.ThenFails(new MarkVolunteerNoShow(Member, EndsAt, PostId, Member2.PersonId), ErrorCode.Forbidden);
        spec.ThenFails(new MarkVolunteerNoShow(OtherSecretary, EndsAt, PostId, Member2.PersonId), ErrorCode.Forbidden);
        Assert.Single(spec.When(new MarkVolunteerNoShow(StreetSecretary, EndsAt, PostId, Member2.PersonId)));
    }
}
