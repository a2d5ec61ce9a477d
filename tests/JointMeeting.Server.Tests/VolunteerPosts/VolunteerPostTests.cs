using JointMeeting.Server.Tests.MicroWishes;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.VolunteerPosts;

/// <summary>Volunteer posts over HTTP: 50 concurrent claimers on 10 slots get exactly 10; check-in/out under a controlled clock; staff-only holders.</summary>
public sealed class VolunteerPostTests : IAsyncLifetime
{
    private const string Claim = "mutation($input: VolunteerPostInput!) { claimVolunteerSlot(input: $input) { id version slotsTaken slotsLeft mySlot { claimedAt } } }";
    private readonly SettableClock _clock = new();
    private AppHost _host = null!;
    private ServiceWorld _world = null!;

    public async Task InitializeAsync()
    {
        _host = await AppHost.StartAsync(demo: false, services: s => s.AddSingleton<TimeProvider>(_clock));
        _world = await ServiceWorld.CreateAsync(_host, members: 50);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> PublishAsync(GraphQLClient secretary, int slots, TimeSpan startsIn, string title)
    {
        var starts = _clock.GetUtcNow() + startsIn;
        var data = await secretary.DataAsync("""
            mutation($input: PublishVolunteerPostInput!) { publishVolunteerPost(input: $input) { id slots slotsLeft status } }
            """, new { input = new { communityId = _world.CommunityId, title, place = "3号投放点", category = "GARBAGE_SORTING",
                startsAt = starts, endsAt = starts.AddHours(2), slots } });
        Assert.Equal(slots, data.GetProperty("publishVolunteerPost").GetProperty("slotsLeft").GetInt32());
        return data.Str("publishVolunteerPost", "id");
    }

    [Fact]
    public async Task Fifty_concurrent_claimers_on_ten_slots_get_exactly_ten()
    {
        using var secretary = await _world.SignInAsync(_world.Secretary);
        var postId = await PublishAsync(secretary, 10, TimeSpan.FromDays(2), "50人抢10个名额");
        var clients = new List<GraphQLClient>();
        foreach (var batch in _world.Members.Take(50).Chunk(25)) clients.AddRange(await Task.WhenAll(batch.Select(_world.SignInAsync)));

        var gate = new TaskCompletionSource();
        var attempts = clients.Select(async c => { await gate.Task; return await c.SendAsync(Claim, new { input = new { postId } }); }).ToList();
        gate.SetResult();
        var responses = await Task.WhenAll(attempts);

        Assert.All(responses, r => Assert.True(r.Status < 500, r.Body.ToString()));
        Assert.Equal(10, responses.Count(r => r.Errors.Count == 0));
        var full = responses.Where(r => r.Code == "CONFLICT").ToList();
        Assert.Equal(40, full.Count);
        Assert.All(full, r => Assert.Contains("名额已满", r.Body.ToString()));
        var post = await secretary.DataAsync("query($id: ID!) { volunteerPost(id: $id) { slotsTaken slotsLeft holders { member { id } } } }", new { id = postId });
        Assert.Equal(10, post.GetProperty("volunteerPost").GetProperty("slotsTaken").GetInt32());
        Assert.Equal(10, post.GetProperty("volunteerPost").GetProperty("holders").GetArrayLength());
        Assert.Equal(11L, await _host.ScalarAsync<long>("SELECT count(*) FROM events.events WHERE stream_id = $1", $"volunteer-post-{postId}"));
        // A member sees the post but not who holds the slots.
        var asMember = await clients[0].DataAsync("query($id: ID!) { volunteerPost(id: $id) { slotsLeft holders { member { id } } } }", new { id = postId });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asMember.GetProperty("volunteerPost").GetProperty("holders").ValueKind);
        foreach (var c in clients) c.Dispose();
    }

    [Fact]
    public async Task Check_in_and_out_records_hours_and_no_show_after_the_end()
    {
        using var secretary = await _world.SignInAsync(_world.Secretary);
        var postId = await PublishAsync(secretary, 3, TimeSpan.FromMinutes(45), "签到签退");
        using var present = await _world.SignInAsync(_world.Members[0]);
        using var absent = await _world.SignInAsync(_world.Members[1]);
        Assert.Empty((await present.SendAsync(Claim, new { input = new { postId } })).Errors);
        Assert.Empty((await absent.SendAsync(Claim, new { input = new { postId } })).Errors);
        using var outsider = await _world.SignInAsync(_world.OutsideMembers[0]);
        Assert.Equal("FORBIDDEN", (await outsider.SendAsync(Claim, new { input = new { postId } })).Code);

        var early = await present.SendAsync("mutation($input: VolunteerPostInput!) { checkInVolunteer(input: $input) { id } }", new { input = new { postId } });
        Assert.Equal("CONFLICT", early.Code); // check-in opens 30 minutes before the start
        _clock.Advance(TimeSpan.FromMinutes(20));
        await present.DataAsync("mutation($input: VolunteerPostInput!) { checkInVolunteer(input: $input) { id } }", new { input = new { postId } });
        _clock.Advance(TimeSpan.FromHours(2));
        var done = await present.DataAsync("mutation($input: VolunteerPostInput!) { checkOutVolunteer(input: $input) { mySlot { hours checkedOutAt } } }", new { input = new { postId } });
        Assert.Equal(2.0, done.GetProperty("checkOutVolunteer").GetProperty("mySlot").GetProperty("hours").GetDouble());

        var tooSoon = await secretary.SendAsync("mutation($input: MarkVolunteerNoShowInput!) { markVolunteerNoShow(input: $input) { id } }",
            new { input = new { postId, memberId = _world.Members[1].PersonId } });
        Assert.Equal("CONFLICT", tooSoon.Code);
        _clock.Advance(TimeSpan.FromMinutes(30));
        var marked = await secretary.DataAsync("mutation($input: MarkVolunteerNoShowInput!) { markVolunteerNoShow(input: $input) { holders { member { id } noShow hours } } }",
            new { input = new { postId, memberId = _world.Members[1].PersonId } });
        var holders = marked.GetProperty("markVolunteerNoShow").GetProperty("holders").EnumerateArray().ToList();
        Assert.True(holders.Single(h => h.Str("member", "id") == _world.Members[1].PersonId).GetProperty("noShow").GetBoolean());
        var closed = await secretary.DataAsync("mutation($input: CloseVolunteerPostInput!) { closeVolunteerPost(input: $input) { status closedReason } }",
            new { input = new { postId, reason = "已结束" } });
        Assert.Equal("CLOSED", closed.Str("closeVolunteerPost", "status"));
    }
}
