using System.Text.Json;
using JointMeeting.Server.Points;
using JointMeeting.Server.Tests.MicroWishes;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Points;

/// <summary>积分换星 through the async projection: points from confirmed wishes and hours, a rule change + recompute, rebuild = incremental, 双报告.</summary>
public sealed class PointsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SettableClock _clock = new();
    private AppHost _host = null!;
    private ServiceWorld _world = null!;

    public async Task InitializeAsync()
    {
        _host = await AppHost.StartAsync(demo: false, services: s => s.AddSingleton<TimeProvider>(_clock));
        _world = await ServiceWorld.CreateAsync(_host, members: 2);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Points_follow_the_rules_rebuild_equals_incremental_and_units_get_their_report()
    {
        using var secretary = await _world.SignInAsync(_world.Secretary);
        using var admin = await _world.SignInAsync(_world.Admin);
        using var unitContact = await _world.SignInAsync(_world.UnitContact);
        var member = _world.Members[0];
        using var client = await _world.SignInAsync(member);

        // Two wishes confirmed at 5 stars (2 + 1 bonus each) and a two-hour post (1 per hour): 8 points.
        for (var i = 0; i < 2; i++)
        {
            var (wishId, _) = await _world.PublishedWishAsync(secretary, $"积分心愿{i}");
            await client.DataAsync(WishOps.Claim, new { input = new { wishId } });
            await client.DataAsync(WishOps.Fulfil, new { input = new { wishId, note = "已完成" } });
            await secretary.DataAsync(WishOps.Confirm, new { input = new { wishId, rating = 5, thanks = "谢谢" } });
        }
        var starts = _clock.GetUtcNow().AddMinutes(10);
        var postId = (await secretary.DataAsync("mutation($input: PublishVolunteerPostInput!) { publishVolunteerPost(input: $input) { id } }",
            new { input = new { communityId = _world.CommunityId, title = "积分岗位", place = "社区广场", category = "SAFETY_PATROL", startsAt = starts, endsAt = starts.AddHours(2), slots = 5 } }))
            .Str("publishVolunteerPost", "id");
        await client.DataAsync("mutation($input: VolunteerPostInput!) { claimVolunteerSlot(input: $input) { id } }", new { input = new { postId } });
        _clock.Advance(TimeSpan.FromMinutes(10));
        await client.DataAsync("mutation($input: VolunteerPostInput!) { checkInVolunteer(input: $input) { id } }", new { input = new { postId } });
        _clock.Advance(TimeSpan.FromHours(2));
        await client.DataAsync("mutation($input: VolunteerPostInput!) { checkOutVolunteer(input: $input) { id } }", new { input = new { postId } });

        var year = JointMeeting.Domain.Common.ChinaTime.Today(_clock.GetUtcNow()).Year;
        var store = _host.Services.GetRequiredService<PointsStore>();
        var incremental = await WaitForAsync(store, rows => rows.Any(r => r.OwnerId == member.PersonId && r.Points == 8m));
        var mine = incremental.Single(r => r.OwnerId == member.PersonId);
        Assert.Equal(0, mine.Stars);
        var my = await client.DataAsync("{ myPoints { points stars gradeLabel entries { source points reason } } }");
        Assert.Equal(8.0, my.GetProperty("myPoints").GetProperty("points").GetDouble());
        var reasons = my.GetProperty("myPoints").GetProperty("entries").EnumerateArray().Select(e => e.Str("reason")).ToList();
        Assert.Contains(reasons, r => r.Contains("完成微心愿「积分心愿0」") && r.Contains("好评加1分"));
        Assert.Contains(reasons, r => r.Contains("志愿服务「积分岗位」2小时"));

        // Rebuild with the same rules gives the same standings (a planted row proves the table really was rebuilt).
        await _host.ScalarAsync<int>("INSERT INTO points_ledger VALUES ('planted', 'member', 1999, 1, 0, 'None') RETURNING 1");
        Assert.Empty((await admin.SendAsync("mutation { recomputePoints(input: {}) }")).Errors);
        var rebuilt = await WaitForAsync(store, rows => rows.All(r => r.OwnerId != "planted") && rows.Any(r => r.OwnerId == member.PersonId));
        Assert.Equal(incremental, rebuilt);

        // Members may not recompute.
        Assert.Equal("FORBIDDEN", (await client.SendAsync("mutation { recomputePoints(input: {}) }")).Code);

        // The rule changes (5 points per volunteer hour): 6 + 10 = 16 points, one red star, after a recompute.
        _host.Services.GetRequiredService<IConfiguration>()["Points:PerVolunteerHour"] = "5";
        Assert.Empty((await admin.SendAsync("mutation { recomputePoints(input: { reason: \"积分规则调整\" }) }")).Errors);
        var changed = await WaitForAsync(store, rows => rows.Any(r => r.OwnerId == member.PersonId && r.Points == 16m));
        Assert.Equal(1, changed.Single(r => r.OwnerId == member.PersonId).Stars);

        // Each recompute is on record: who, why, and the rules it used; a reason too long is refused and not recorded.
        Assert.Equal("VALIDATION", (await admin.SendAsync("mutation($r: String) { recomputePoints(input: { reason: $r }) }",
            new { r = new string('长', 201) })).Code);
        var log = (await admin.DataAsync("{ pointsRecomputations { requestedAt requestedBy { id displayName } reason rules } }"))
            .GetProperty("pointsRecomputations").EnumerateArray().ToList();
        Assert.Equal(2, log.Count);
        Assert.Equal(("积分规则调整", _world.Admin.PersonId, _world.Admin.Name), (log[0].Str("reason"), log[0].Str("requestedBy", "id"), log[0].Str("requestedBy", "displayName")));
        Assert.Equal(5, JsonDocument.Parse(log[0].Str("rules")).RootElement.GetProperty("PerVolunteerHour").GetDecimal());
        Assert.Equal(JsonValueKind.Null, log[1].GetProperty("reason").ValueKind);
        Assert.Equal(1, JsonDocument.Parse(log[1].Str("rules")).RootElement.GetProperty("PerVolunteerHour").GetDecimal());
        Assert.Equal("FORBIDDEN", (await client.SendAsync("{ pointsRecomputations { reason } }")).Code);
        var board = await client.DataAsync("query($org: ID!, $year: Int!) { pointsLeaderboard(organisationId: $org, year: $year) { rank ownerId name points stars gradeLabel } }",
            new { org = _world.CommunityId, year });
        var first = board.GetProperty("pointsLeaderboard")[0];
        Assert.Equal(member.PersonId, first.Str("ownerId"));
        Assert.Equal("红星", first.Str("gradeLabel"));
        output.WriteLine($"leaderboard: {board}");

        // 双报告: the unit's contact sees the quarter and receives it by mail.
        var quarter = (_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Month - 1) / 3 + 1;
        var reports = await unitContact.DataAsync("query($u: ID!, $y: Int!, $q: Int!) { unitServiceReports(unitId: $u, year: $y, quarter: $q) { member { id displayName } wishesFulfilled volunteerHours points } }",
            new { u = _world.UnitId, y = year, q = quarter });
        var row = reports.GetProperty("unitServiceReports").EnumerateArray().Single(r => r.Str("member", "id") == member.PersonId);
        Assert.Equal(2, row.GetProperty("wishesFulfilled").GetInt32());
        Assert.Equal(2.0, row.GetProperty("volunteerHours").GetDouble());
        Assert.Equal("FORBIDDEN", (await client.SendAsync("query($u: ID!) { unitServiceReports(unitId: $u, year: 2026, quarter: 1) { points } }", new { u = _world.UnitId })).Code);
        // The secretaries above the unit read it too; sending by hand is for the street's secretary and the district.
        var communityReads = await secretary.DataAsync("query($u: ID!, $y: Int!, $q: Int!) { unitServiceReports(unitId: $u, year: $y, quarter: $q) { points } }",
            new { u = _world.UnitId, y = year, q = quarter });
        Assert.NotEmpty(communityReads.GetProperty("unitServiceReports").EnumerateArray());
        const string Send = "mutation($input: SendUnitServiceReportsInput!) { sendUnitServiceReports(input: $input) }";
        Assert.Equal("FORBIDDEN", (await secretary.SendAsync(Send, new { input = new { year, quarter } })).Code);
        Assert.Equal("VALIDATION", (await admin.SendAsync(Send, new { input = new { year, quarter = 5 } })).Code);
        using var street = await _world.SignInAsync(await _world.StreetSecretaryAsync());
        var sent = (await street.DataAsync(Send, new { input = new { year, quarter } })).GetProperty("sendUnitServiceReports").GetInt32();
        output.WriteLine($"双报告 mails queued by the street's secretary: {sent}");
        Assert.True(sent >= 1, "the street's unit contact gets the quarter");
        // The district's own send afterwards mails nobody a second time.
        Assert.Equal(0, (await admin.DataAsync(Send, new { input = new { year, quarter } })).GetProperty("sendUnitServiceReports").GetInt32());
        var mails = await SmtpSink.WaitForAsync(_world.UnitContact.Email, m => m.Any(x => x.Str("subject").Contains("双报告")), TimeSpan.FromSeconds(60));
        var mail = mails.First(x => x.Str("subject").Contains("双报告"));
        Assert.Contains("<table", mail.Str("html"));
        Assert.Contains("完成微心愿2个", mail.Str("text"));
    }

    private static async Task<IReadOnlyList<LedgerRow>> WaitForAsync(PointsStore store, Func<IReadOnlyList<LedgerRow>, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var rows = await store.AllAsync(default);
            if (until(rows)) return rows;
            if (DateTime.UtcNow > deadline) Assert.Fail($"points ledger never reached the expected state: {JsonSerializer.Serialize(rows)}");
            await Task.Delay(100);
        }
    }
}
