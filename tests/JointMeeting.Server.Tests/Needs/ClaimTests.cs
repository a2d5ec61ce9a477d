using JointMeeting.Server.Tests.Meetings;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Needs;

/// <summary>One server (no demo) for the claim tests; each test builds its own world.</summary>
public sealed class CycleHostFixture : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await AppHost.StartAsync(demo: false);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Two-way claiming over HTTP: exclusive needs under concurrency, capacity-limited resources, and the bad inputs of issue 6.</summary>
public sealed class ClaimTests(CycleHostFixture fixture) : IClassFixture<CycleHostFixture>
{
    private const string PostNeed = """
        mutation($input: PostNeedInput!) { postNeed(input: $input) { id version status } }
        """;
    private const string ClaimNeed = """
        mutation($input: ClaimNeedInput!) { claimNeed(input: $input) { id version status claims { id unitId status } } }
        """;

    private static object NeedInput(string organisationId) => new
    {
        organisationId, title = "楼道照明维修", category = "INFRASTRUCTURE", description = "3栋楼道灯长期不亮，老人夜间出行不便。",
        place = "3栋", urgency = "HIGH", whatIsNeeded = "电工维修", quantityNeeded = 1,
        deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task Concurrent_unit_claims_on_one_need_have_one_winner_and_the_losers_are_told_why()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        using var secretary = await world.SignInAsync(world.Secretary);
        var needId = (await secretary.DataAsync(PostNeed, new { input = NeedInput(world.CommunityId) })).Str("postNeed", "id");

        var contacts = await Task.WhenAll(world.Contacts.Select(world.SignInAsync));
        var answers = await Task.WhenAll(contacts.Select((c, i) => c.SendAsync(ClaimNeed, new { input = new { needId, unitId = world.UnitIds[i], note = "我单位有电工" } })));

        Assert.Single(answers, a => a.Errors.Count == 0);
        var losers = answers.Where(a => a.Errors.Count > 0).ToList();
        Assert.Equal(2, losers.Count);
        Assert.All(losers, l => Assert.Equal("CONFLICT", l.Code));
        Assert.All(losers, l => Assert.Contains("已被其他单位认领", l.Errors[0].GetProperty("message").GetString()));

        var need = (await secretary.DataAsync("query($id: ID!) { need(id: $id) { status claims { status unitId } } }", new { id = needId })).GetProperty("need");
        Assert.Equal("CLAIM_PENDING", need.Str("status"));
        Assert.Single(need.GetProperty("claims").EnumerateArray());
        foreach (var c in contacts) c.Dispose();
    }

    [Fact]
    public async Task Claiming_a_claimed_need_and_confirming_someone_elses_claim_are_refused_and_write_nothing()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        using var secretary = await world.SignInAsync(world.Secretary);
        using var first = await world.SignInAsync(world.Contacts[0]);
        using var second = await world.SignInAsync(world.Contacts[1]);
        var needId = (await secretary.DataAsync(PostNeed, new { input = NeedInput(world.CommunityId) })).Str("postNeed", "id");
        var claimed = await first.DataAsync(ClaimNeed, new { input = new { needId, unitId = world.UnitIds[0] } });
        var claimId = claimed.GetProperty("claimNeed").GetProperty("claims")[0].Str("id");

        var before = await fixture.Host.EventCountAsync();
        var again = await second.SendAsync(ClaimNeed, new { input = new { needId, unitId = world.UnitIds[1] } });
        Assert.Equal("CONFLICT", again.Code);
        var foreign = await second.SendAsync("mutation($input: NeedClaimInput!) { confirmNeedClaim(input: $input) { status } }",
            new { input = new { needId, claimId } });
        Assert.Equal("FORBIDDEN", foreign.Code);
        var forOtherUnit = await second.SendAsync(ClaimNeed, new { input = new { needId, unitId = world.UnitIds[0] } });
        Assert.Equal("FORBIDDEN", forOtherUnit.Code);
        var stale = await secretary.SendAsync("mutation($input: NeedClaimInput!) { confirmNeedClaim(input: $input) { status } }",
            new { input = new { needId, claimId, expectedVersion = 1 } });
        Assert.Equal("CONFLICT", stale.Code);
        Assert.Equal(before, await fixture.Host.EventCountAsync());

        var confirmed = await secretary.DataAsync("mutation($input: NeedClaimInput!) { confirmNeedClaim(input: $input) { status } }",
            new { input = new { needId, claimId } });
        Assert.Equal("CLAIMED", confirmed.Str("confirmNeedClaim", "status"));
    }

    [Fact]
    public async Task A_resource_of_three_venues_is_claimed_exactly_three_times_under_concurrency()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        using var contact = await world.SignInAsync(world.Contacts[0]);
        var offered = await contact.DataAsync("mutation($input: OfferResourceInput!) { offerResource(input: $input) { id remaining } }", new
        {
            input = new
            {
                unitId = world.UnitIds[0], organisationId = world.CommunityId, kind = "VENUE", title = "医院多功能厅", description = "可容纳80人",
                capacity = 3, capacityUnit = "场", availableFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                availableUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)).ToString("yyyy-MM-dd"), place = "康宁医院3楼",
            },
        });
        var resourceId = offered.Str("offerResource", "id");
        Assert.Equal(3, offered.Int("offerResource", "remaining"));

        var secretaries = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => world.SignInAsync(world.Secretary)));
        var answers = await Task.WhenAll(secretaries.Select((s, i) => s.SendAsync(
            "mutation($input: ClaimResourceInput!) { claimResource(input: $input) { remaining } }",
            new { input = new { resourceId, organisationId = world.CommunityId, quantity = 1, purpose = $"党课{i}" } })));

        Assert.Equal(3, answers.Count(a => a.Errors.Count == 0));
        Assert.All(answers.Where(a => a.Errors.Count > 0), a => Assert.Equal("CONFLICT", a.Code));
        Assert.All(answers.Where(a => a.Errors.Count > 0), a => Assert.Contains("剩余容量不足", a.Errors[0].GetProperty("message").GetString()));
        var resource = (await contact.DataAsync("query($id: ID!) { resource(id: $id) { remaining taken claims { status } } }", new { id = resourceId })).GetProperty("resource");
        Assert.Equal(0, resource.Int("remaining"));
        Assert.Equal(3, resource.Int("taken"));
        foreach (var s in secretaries) s.Dispose();
    }
}
