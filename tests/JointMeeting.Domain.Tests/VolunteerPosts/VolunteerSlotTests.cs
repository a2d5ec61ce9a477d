using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using static JointMeeting.Domain.Tests.VolunteerPosts.VolunteerPostTestData;

namespace JointMeeting.Domain.Tests.VolunteerPosts;

public class VolunteerSlotTests
{
    [Fact]
    public void A_reporting_member_claims_a_slot()
    {
        var post = VolunteerPostSpec.Given(Published()).Then(Claim(Member), Claimed(Member));
        Assert.Equal(1, post!.SlotsLeft);
    }

    [Fact]
    public void A_full_post_refuses_the_next_claim_naming_the_count()
    {
        var error = VolunteerPostSpec.Given(Published(slots: 2), Claimed(Member), Claimed(Member2))
            .ThenFails(Claim(Member3), ErrorCode.Conflict);
        Assert.Equal("该岗位名额已满（2/2）", error.Message);
    }

    [Fact]
    public void A_member_whose_role_was_revoked_may_not_take_a_slot_while_the_report_stays_approved() =>
        Assert.Equal("您在报到社区的在职党员身份已被撤销，不能报名志愿岗位",
            VolunteerPostSpec.Given(Published()).ThenFails(Claim(Member3) with { Actor = Member3 with { Grants = [] } }, ErrorCode.Forbidden).Message);

    [Fact]
    public void A_member_holds_at_most_one_slot() =>
        Assert.Equal("您已报名该岗位",
            VolunteerPostSpec.Given(Published(), Claimed(Member)).ThenFails(Claim(Member), ErrorCode.Conflict).Message);

    [Fact]
    public void Claims_close_at_the_start() =>
        VolunteerPostSpec.Given(Published()).ThenFails(Claim(Member, StartsAt), ErrorCode.Conflict);

    [Fact]
    public void Only_members_reported_in_scope_claim()
    {
        VolunteerPostSpec.Given(Published()).ThenFails(Claim(Member) with { Reporting = null }, ErrorCode.Forbidden);
        VolunteerPostSpec.Given(Published()).ThenFails(Claim(StreetMember) with { Reporting = ReportingOf(StreetMember, "c2") }, ErrorCode.Forbidden);
        VolunteerPostSpec.Given(Published()).ThenFails(Claim(Member2) with { Reporting = ReportingOf(Member) }, ErrorCode.Forbidden);
        Assert.Single(VolunteerPostSpec.Given(Published(widen: true))
            .When(Claim(StreetMember) with { Reporting = ReportingOf(StreetMember, "c2") }));
    }

    [Fact]
    public void Cancelling_before_the_start_frees_the_slot_for_someone_else()
    {
        var at = StartsAt.AddMinutes(-1);
        var spec = VolunteerPostSpec.Given(Published(slots: 1), Claimed(Member));
        var post = spec.Then(new CancelVolunteerSlot(Member, at, PostId), new VolunteerSlotCancelled(PostId, Member.PersonId, at));
        Assert.Equal(1, post!.SlotsLeft);
        Assert.Single(spec.And(new CancelVolunteerSlot(Member, at, PostId)).When(Claim(Member2, at)));
    }

    [Fact]
    public void Cancelling_after_the_start_or_without_a_slot_is_refused()
    {
        VolunteerPostSpec.Given(Published(), Claimed(Member)).ThenFails(new CancelVolunteerSlot(Member, StartsAt, PostId), ErrorCode.Conflict);
        VolunteerPostSpec.Given(Published(), Claimed(Member)).ThenFails(new CancelVolunteerSlot(Member2, Now, PostId), ErrorCode.Forbidden);
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(60, true)]
    [InlineData(-31, false)]
    [InlineData(61, false)]
    public void Check_in_is_open_from_half_an_hour_before_to_an_hour_after_the_start(int minutes, bool allowed)
    {
        var spec = VolunteerPostSpec.Given(Published(), Claimed(Member));
        var checkIn = new CheckInVolunteer(Member, StartsAt.AddMinutes(minutes), PostId);
        if (allowed) spec.Then(checkIn, new VolunteerCheckedIn(PostId, Member.PersonId, checkIn.Now));
        else spec.ThenFails(checkIn, ErrorCode.Conflict);
    }

    [Fact]
    public void Checking_in_twice_or_without_a_slot_is_refused()
    {
        VolunteerPostSpec.Given(Published(), Claimed(Member), CheckedIn(Member))
            .ThenFails(new CheckInVolunteer(Member, StartsAt, PostId), ErrorCode.Conflict);
        VolunteerPostSpec.Given(Published(), Claimed(Member)).ThenFails(new CheckInVolunteer(Member2, StartsAt, PostId), ErrorCode.Forbidden);
    }

    [Fact]
    public void Checking_out_records_the_hours()
    {
        var at = StartsAt.AddMinutes(95);
        var post = VolunteerPostSpec.Given(Published(), Claimed(Member), CheckedIn(Member, StartsAt.AddMinutes(-5)))
            .Then(new CheckOutVolunteer(Member, at, PostId),
                new VolunteerCheckedOut(PostId, Member.PersonId, StartsAt.AddMinutes(-5), 1.5m, VolunteerPostCategory.GarbageSorting, at));
        Assert.Equal(1.5m, post!.SlotOf(Member.PersonId)!.Hours);
    }

    [Fact]
    public void Checking_out_needs_a_check_in_and_happens_once()
    {
        VolunteerPostSpec.Given(Published(), Claimed(Member)).ThenFails(new CheckOutVolunteer(Member, EndsAt, PostId), ErrorCode.Conflict);
        var spec = VolunteerPostSpec.Given(Published(), Claimed(Member), CheckedIn(Member)).And(new CheckOutVolunteer(Member, EndsAt, PostId));
        Assert.Equal("您已签退", spec.ThenFails(new CheckOutVolunteer(Member, EndsAt, PostId), ErrorCode.Conflict).Message);
    }

    [Fact]
    public void Someone_on_site_may_still_check_out_after_the_post_is_closed() =>
        Assert.Single(VolunteerPostSpec.Given(Published(), Claimed(Member), CheckedIn(Member),
                new VolunteerPostClosed(PostId, null, CommunitySecretary.PersonId, EndsAt))
            .When(new CheckOutVolunteer(Member, EndsAt.AddMinutes(5), PostId)));
}
