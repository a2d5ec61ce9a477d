using JointMeeting.Server.Tests.Needs;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>
/// The meetings' live notices over a real SignalR connection: scheduling reaches the community's <c>org:</c> group,
/// rescheduling and cancelling reach the meeting's <c>meeting:</c> group, each with the meeting's id, event and version.
/// </summary>
public sealed class MeetingLiveNoticeTests(CycleHostFixture fixture) : IClassFixture<CycleHostFixture>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);
    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    [Fact]
    public async Task Schedule_reschedule_and_cancel_reach_the_community_and_meeting_groups()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        using var secretary = await world.SignInAsync(world.Secretary);
        using var contact = await world.SignInAsync(world.Contacts[0]);
        await using var live = await LiveClient.ConnectAsync(fixture.Host, contact);
        Assert.Equal([$"org:{world.CommunityId}"], await live.JoinAsync($"org:{world.CommunityId}"));

        var start = DateTimeOffset.UtcNow.AddDays(6).Date.AddHours(1);
        var meetingId = (await secretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start), endsAt = Utc(start.AddHours(2)), place = "社区党群服务中心" } }))
            .Str("scheduleMeeting", "id");
        var scheduled = await live.NextNoticeAsync(n => n.Str("id") == meetingId, Within);
        Assert.Equal(("meeting", "meeting.scheduled", $"org:{world.CommunityId}", 1),
            (scheduled.Str("kind"), scheduled.Str("event"), scheduled.Str("group"), scheduled.GetProperty("version").GetInt32()));

        await live.JoinAsync($"meeting:{meetingId}");
        await secretary.DataAsync("mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { version } }",
            new { input = new { meetingId, startsAt = Utc(start.AddDays(1)), endsAt = Utc(start.AddDays(1).AddHours(2)), place = "康宁医院多功能厅", reason = "会议室维修" } });
        var rescheduled = await live.NextNoticeAsync(n => n.Str("event") == "meeting.rescheduled" && n.Str("group") == $"meeting:{meetingId}", Within);
        Assert.Equal(meetingId, rescheduled.Str("id"));
        Assert.Equal(2, rescheduled.GetProperty("version").GetInt32());

        await secretary.DataAsync("mutation($input: MeetingActionInput!) { cancelMeeting(input: $input) { phase } }",
            new { input = new { meetingId, reason = "上级临时召开会议" } });
        var cancelled = await live.NextNoticeAsync(n => n.Str("event") == "meeting.cancelled" && n.Str("group") == $"meeting:{meetingId}", Within);
        Assert.Equal(3, cancelled.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Another_committees_meeting_sends_nothing_to_a_client_watching_this_one()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        var other = await CycleWorld.CreateAsync(fixture.Host);
        using var secretary = await world.SignInAsync(world.Secretary);
        using var otherSecretary = await other.SignInAsync(other.Secretary);
        using var contact = await world.SignInAsync(world.Contacts[0]);
        await using var live = await LiveClient.ConnectAsync(fixture.Host, contact);
        await live.JoinAsync($"org:{world.CommunityId}");

        var start = DateTimeOffset.UtcNow.AddDays(8).Date.AddHours(1);
        object Input(CycleWorld w) => new { input = new { committeeId = w.CommitteeId, startsAt = Utc(start), endsAt = Utc(start.AddHours(2)), place = "会议室" } };
        var otherId = (await otherSecretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }", Input(other)))
            .Str("scheduleMeeting", "id");
        var ownId = (await secretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }", Input(world)))
            .Str("scheduleMeeting", "id");

        // Notices arrive in commit order: once our own meeting's notice is here, the other one's would have come before it.
        var first = await live.NextNoticeAsync(n => n.Str("kind") == "meeting", Within);
        Assert.Equal(ownId, first.Str("id"));
        Assert.NotEqual(otherId, first.Str("id"));
    }
}
