using System.Text.Json;
using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>The demo's micro-wishes and volunteer posts load through the real commands and end in the states the seed files expect.</summary>
public sealed class WishDemoSeedTests(ITestOutputHelper output) : IAsyncLifetime
{
    private AppHost _host = null!;

    public async Task InitializeAsync() => _host = await AppHost.StartAsync(demo: true,
        settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,MicroWishes,VolunteerPosts" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Demo_wishes_and_posts_load_in_their_expected_states()
    {
        var result = _host.Services.GetRequiredService<SeedHostedService>().LastResult;
        Assert.NotNull(result);
        output.WriteLine($"{result.Ran} of {result.Total} commands in {result.Took.TotalMilliseconds:F0} ms");
        Assert.Null(result.Error);
        Assert.Null(result.StoppedAt);

        var ids = new SeedContext(_host.Services, DateTimeOffset.UtcNow, new Dictionary<string, JsonElement>(), new Lazy<string>(() => ""));
        var wishes = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SeedHostedService.SeedDirectory(_host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>())!,
            "MicroWishes", "wishes.json"))).RootElement.EnumerateArray().ToList();
        Assert.Equal(31, wishes.Count);
        foreach (var wish in wishes)
        {
            var status = await _host.ScalarAsync<string>("SELECT status FROM wish_cards WHERE id = $1", ids.Id(wish.Str("key")));
            Assert.True(wish.Str("expect") == status, $"{wish.Str("key")}: expected {wish.Str("expect")}, loaded {status}");
        }
        Assert.Equal(8L, await _host.ScalarAsync<long>("SELECT count(*) FROM volunteer_posts"));

        // The demo is alive for demo-member: a wall, ranked wishes with reasons, their claims.
        using var member = await _host.SignInAsync("demo-member");
        var community = await _host.ScalarAsync<string>("SELECT community_id FROM wish_cards LIMIT 1");
        var wall = await member.DataAsync("query($c: ID!) { wishes(communityId: $c) { id status resident { masked } } }", new { c = community });
        Assert.True(wall.GetProperty("wishes").GetArrayLength() >= 20);
        var ranked = await member.DataAsync("{ wishesForMe { reason wish { title } } }");
        Assert.NotEmpty(ranked.GetProperty("wishesForMe").EnumerateArray());
        output.WriteLine(string.Join("\n", ranked.GetProperty("wishesForMe").EnumerateArray().Select(r => $"{r.Str("wish", "title")}: {r.Str("reason")}")));
    }
}
