using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Seeds;

/// <summary>
/// The demo of seeds/ loaded at start-up through the real commands: the organisations, accounts, 双报到 and
/// committees parts in full (the figures of seeds/README.md), and the demo accounts of API.md sign in.
/// </summary>
public sealed class DemoSeedTests(DemoSeedTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<DemoSeedTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AppHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await AppHost.StartAsync(demo: true,
            settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,Committees" });

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private AppHost Host => fixture.Host;

    [Fact]
    public async Task The_issue_4_part_of_the_demo_loads_completely()
    {
        var result = Host.Services.GetRequiredService<SeedHostedService>().LastResult;
        Assert.NotNull(result);
        output.WriteLine($"{result.Ran} of {result.Total} commands in {result.Took.TotalMilliseconds:F0} ms");
        Assert.Null(result.Error);
        Assert.Null(result.StoppedAt);
        Assert.Equal(result.Total, result.Ran);

        Assert.Equal(59L, await Host.ScalarAsync<long>("SELECT count(*) FROM org_organisations"));
        Assert.Equal(22L, await Host.ScalarAsync<long>("SELECT count(*) FROM org_organisations WHERE kind = 'ResidentUnit'"));
        Assert.Equal(8L, await Host.ScalarAsync<long>("SELECT count(DISTINCT unit_kind) FROM org_organisations WHERE kind = 'ResidentUnit'"));
        Assert.Equal(43L, await Host.ScalarAsync<long>("SELECT count(*) FROM account_accounts"));
        Assert.Equal(20L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_units"));
        Assert.Equal(14L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_members"));
        Assert.Equal(3L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_member_reports WHERE status = 'Pending'"));
        Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_member_reports WHERE status = 'Rejected'"));
        Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_unit_reports WHERE status = 'Pending'"));
        Assert.Equal(2L, await Host.ScalarAsync<long>("SELECT count(*) FROM committee_committees"));
        Assert.Equal(16L, await Host.ScalarAsync<long>("SELECT count(*) FROM committee_members WHERE part_time"));
        // Every approved member holds the Member role of their community, and nobody else does.
        Assert.Equal(0L, await Host.ScalarAsync<long>("""
            SELECT count(*) FROM reporting_members m JOIN account_accounts a ON a.person_id = m.person_id
            WHERE NOT EXISTS (SELECT 1 FROM account_grants g WHERE g.account_id = a.id AND g.role = 'Member' AND g.scope_id = m.community_id)
            """));
        Assert.Equal(14L, await Host.ScalarAsync<long>("SELECT count(*) FROM account_grants WHERE role = 'Member'"));
    }

    [Theory]
    [InlineData("demo-admin", "DISTRICT_ADMIN", "白云区")]
    [InlineData("demo-street", "STREET_SECRETARY", "石井街道")]
    [InlineData("demo-community", "COMMUNITY_SECRETARY", "金碧新城社区")]
    [InlineData("demo-unit", "UNIT_CONTACT", "广州白云康宁医院")]
    [InlineData("demo-member", "MEMBER", "金碧新城社区")]
    [InlineData("demo-member9", "MEMBER", "金碧新城社区")]
    public async Task The_demo_accounts_of_the_api_contract_sign_in_with_their_roles(string login, string role, string scope)
    {
        using var client = await Host.SignInAsync(login);
        var me = (await client.DataAsync("{ me { username roles { role scopeName } } }")).GetProperty("me");
        Assert.Equal(login, me.GetProperty("username").GetString());
        Assert.Contains(me.GetProperty("roles").EnumerateArray(),
            r => r.GetProperty("role").GetString() == role && r.GetProperty("scopeName").GetString() == scope);
    }

    [Fact]
    public async Task Reloading_does_not_happen_on_a_database_that_has_events()
    {
        var events = await Host.EventCountAsync();
        await using var second = await AppHost.StartOnAsync(Host.Database, demo: true,
            settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,Committees" });
        Assert.Equal(events, await second.EventCountAsync());
    }
}
