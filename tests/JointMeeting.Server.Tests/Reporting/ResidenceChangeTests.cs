using System.Text.Json;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Reporting;

/// <summary>changeResidence over HTTP: a reported member moves inside their community; the read model and 为我推荐 follow.</summary>
public sealed class ResidenceChangeTests(ResidenceChangeTests.Fixture world) : IClassFixture<ResidenceChangeTests.Fixture>
{
    /// <summary>The demo's tree, accounts, 双报到 and wishes (for wishesForMe), on a database of this class alone.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public AppHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await AppHost.StartAsync(demo: true,
            settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,MicroWishes" });

        public async Task DisposeAsync() => await Host.DisposeAsync();

        public Task<string> OrgAsync(string name) => Host.ScalarAsync<string>("SELECT id FROM org_organisations WHERE name = $1", name);
    }

    private AppHost Host => world.Host;

    private const string Change = """
        mutation($i: ChangeResidenceInput!) {
          changeResidence(input: $i) { id status version gridId buildingId grid { name } building { name } community { name } }
        }
        """;

    private static async Task<JsonElement> ApprovedReportAsync(GraphQLClient client) =>
        (await client.DataAsync("{ myMemberReports { id status version gridId buildingId } }")).GetProperty("myMemberReports")
        .EnumerateArray().Single(r => r.GetProperty("status").GetString() == "APPROVED");

    private static async Task<string[]> ReasonsForAsync(GraphQLClient client, string title) =>
        (await client.DataAsync("{ wishesForMe { reasons wish { title } } }")).GetProperty("wishesForMe").EnumerateArray()
        .Single(r => r.GetProperty("wish").GetProperty("title").GetString() == title)
        .GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!).ToArray();

    [Fact]
    public async Task The_member_moves_to_another_building_and_the_ranking_follows()
    {
        // demo-member9 lives in 金碧新城8栋 (second grid); 一双防滑老人鞋 waits in 金碧新城1栋 (first grid).
        using var member = await Host.SignInAsync("demo-member9");
        var before = await ApprovedReportAsync(member);
        Assert.DoesNotContain("同楼栋", await ReasonsForAsync(member, "一双防滑老人鞋"));
        Assert.DoesNotContain("同网格", await ReasonsForAsync(member, "一双防滑老人鞋"));

        var moved = (await member.DataAsync(Change, new
        {
            i = new
            {
                reportId = before.GetProperty("id").GetString(), gridId = await world.OrgAsync("金碧新城第一网格"),
                buildingId = await world.OrgAsync("金碧新城1栋"), expectedVersion = before.GetProperty("version").GetInt32(),
            },
        })).GetProperty("changeResidence");
        Assert.Equal("APPROVED", moved.GetProperty("status").GetString());
        Assert.Equal("金碧新城1栋", moved.GetProperty("building").GetProperty("name").GetString());
        Assert.Equal("金碧新城第一网格", moved.GetProperty("grid").GetProperty("name").GetString());
        Assert.Equal("金碧新城社区", moved.GetProperty("community").GetProperty("name").GetString());
        Assert.Equal(before.GetProperty("version").GetInt32() + 1, moved.GetProperty("version").GetInt32());
        Assert.Contains("同楼栋", await ReasonsForAsync(member, "一双防滑老人鞋"));

        // The secretary's list and the approved-member row used by claiming read the same place.
        Assert.Equal(await world.OrgAsync("金碧新城1栋"),
            await Host.ScalarAsync<string>("SELECT building_id FROM reporting_members WHERE report_id = $1", before.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task The_community_secretary_changes_it_for_a_member_but_a_unit_contact_may_not()
    {
        using var community = await Host.SignInAsync("demo-community");
        var reports = (await community.DataAsync("query($o: ID!) { memberReports(organisationId: $o, status: APPROVED) { id version member { username } } }",
            new { o = await world.OrgAsync("金碧新城社区") })).GetProperty("memberReports");
        var report = reports.EnumerateArray().Single(r => r.GetProperty("member").GetProperty("username").GetString() == "demo-member7");
        var input = new
        {
            reportId = report.GetProperty("id").GetString(), gridId = await world.OrgAsync("金碧新城第三网格（商住区）"),
            buildingId = await world.OrgAsync("金碧新城15栋"), expectedVersion = report.GetProperty("version").GetInt32(),
        };

        using var unit = await Host.SignInAsync("demo-unit");
        Assert.Equal("FORBIDDEN", (await unit.SendAsync(Change, new { i = input })).Code);

        var moved = (await community.DataAsync(Change, new { i = input })).GetProperty("changeResidence");
        Assert.Equal("金碧新城15栋", moved.GetProperty("building").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Errors_write_nothing()
    {
        using var member = await Host.SignInAsync("demo-member5");
        var report = await ApprovedReportAsync(member);
        var id = report.GetProperty("id").GetString();
        var version = report.GetProperty("version").GetInt32();
        var events = await Host.EventCountAsync();

        // Another community's grid: VALIDATION naming gridId.
        var elsewhere = await member.SendAsync(Change, new { i = new { reportId = id, gridId = await world.OrgAsync("顺丰翠园第一网格"), expectedVersion = version } });
        Assert.Equal("VALIDATION", elsewhere.Code);
        Assert.Contains("gridId", elsewhere.Errors[0].GetProperty("extensions").GetProperty("fields").GetRawText());

        // A building of another grid of the same community.
        var wrongBuilding = await member.SendAsync(Change, new
        {
            i = new { reportId = id, gridId = await world.OrgAsync("金碧新城第一网格"), buildingId = await world.OrgAsync("金碧新城8栋"), expectedVersion = version },
        });
        Assert.Equal("VALIDATION", wrongBuilding.Code);
        Assert.Contains("buildingId", wrongBuilding.Errors[0].GetProperty("extensions").GetProperty("fields").GetRawText());

        // Where they live already: nothing to change.
        var same = await member.SendAsync(Change, new
        {
            i = new { reportId = id, gridId = report.GetProperty("gridId").GetString(), buildingId = report.GetProperty("buildingId").GetString(), expectedVersion = version },
        });
        Assert.Equal("VALIDATION", same.Code);

        // A stale version: CONFLICT with the current one.
        var stale = await member.SendAsync(Change, new
        {
            i = new { reportId = id, gridId = await world.OrgAsync("金碧新城第一网格"), buildingId = await world.OrgAsync("金碧新城2栋"), expectedVersion = version - 1 },
        });
        Assert.Equal("CONFLICT", stale.Code);
        Assert.Equal(version, stale.Errors[0].GetProperty("extensions").GetProperty("currentVersion").GetInt32());

        Assert.Equal(events, await Host.EventCountAsync());
        Assert.Equal(report.GetProperty("buildingId").GetString(), (await ApprovedReportAsync(member)).GetProperty("buildingId").GetString());
    }
}
