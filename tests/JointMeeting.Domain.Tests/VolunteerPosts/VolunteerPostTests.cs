using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using static JointMeeting.Domain.Tests.VolunteerPosts.VolunteerPostTestData;

namespace JointMeeting.Domain.Tests.VolunteerPosts;

public class VolunteerPostTests
{
    [Fact]
    public void The_community_publishes_a_post_with_slots()
    {
        var post = VolunteerPostSpec.Given().Then(Publish(), Published());
        Assert.Equal((2, 0, VolunteerPostStatus.Open), (post!.SlotsLeft, post.SlotsTaken, post.Status));
        Assert.Single(VolunteerPostSpec.Given().When(Publish(StreetSecretary)));
        Assert.Single(VolunteerPostSpec.Given().When(Publish(Admin)));
    }

    [Fact]
    public void Others_may_not_publish()
    {
        VolunteerPostSpec.Given().ThenFails(Publish(OtherSecretary), ErrorCode.Forbidden);
        VolunteerPostSpec.Given().ThenFails(Publish(Member), ErrorCode.Forbidden);
        VolunteerPostSpec.Given().ThenFails(Publish(UnitContact), ErrorCode.Forbidden);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void Slots_are_one_to_five_hundred(int slots) =>
        Assert.Equal(["slots"], VolunteerPostSpec.Given().ThenFails(Publish(slots: slots), ErrorCode.Validation).Fields.Keys);

    [Fact]
    public void The_schedule_must_be_ahead_and_ordered()
    {
        var error = VolunteerPostSpec.Given().ThenFails(
            Publish() with { Title = "", Place = "", StartsAt = Now.AddHours(-1), EndsAt = Now.AddHours(-2) }, ErrorCode.Validation);
        Assert.Equal(["title", "place", "startsAt", "endsAt"], error.Fields.Keys);
        VolunteerPostSpec.Given().ThenFails(Publish() with { EndsAt = StartsAt.AddHours(25) }, ErrorCode.Validation);
    }

    [Fact]
    public void Publishing_twice_is_a_conflict_and_unknown_posts_are_not_found()
    {
        VolunteerPostSpec.Given(Published()).ThenFails(Publish(), ErrorCode.Conflict);
        VolunteerPostSpec.Given().ThenFails(Claim(Member), ErrorCode.NotFound);
    }

    [Fact]
    public void Closing_stops_claims_and_closing_twice_is_a_conflict()
    {
        var close = new CloseVolunteerPost(CommunitySecretary, Now.AddHours(2), PostId, "天气原因");
        var spec = VolunteerPostSpec.Given(Published());
        spec.Then(close, new VolunteerPostClosed(PostId, "天气原因", CommunitySecretary.PersonId, Now.AddHours(2)));
        spec.And(close).ThenFails(close, ErrorCode.Conflict);
        Assert.Equal("该岗位已关闭", spec.ThenFails(Claim(Member), ErrorCode.Conflict).Message);
        VolunteerPostSpec.Given(Published()).ThenFails(close with { Actor = Member }, ErrorCode.Forbidden);
    }

    [Fact]
    public void Every_post_event_has_one_unique_stable_name()
    {
        var types = typeof(IVolunteerPostEvent).Assembly.GetTypes()
            .Where(t => typeof(IVolunteerPostEvent).IsAssignableFrom(t) && !t.IsInterface).ToHashSet();
        Assert.Equal(types, VolunteerPostEventNames.All.Select(e => e.Type).ToHashSet());
        Assert.Equal(VolunteerPostEventNames.All.Count, VolunteerPostEventNames.All.Select(e => e.Name).Distinct().Count());
    }
}
