using JointMeeting.Server.Tests.Organisations;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Committees;

/// <summary>
/// coBuildingUnits(organisationId, includeDescendants): the units reported to the organisation, or also to those under it —
/// the units a street committee may appoint part-time members from.
/// </summary>
public sealed class CoBuildingUnitsTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private AppHost Host => demo.Host;

    private const string Query = "query($o: ID!, $d: Boolean) { coBuildingUnits(organisationId: $o, includeDescendants: $d) { id } }";

    [Fact]
    public async Task A_street_lists_its_communities_units_only_with_the_flag()
    {
        var shijing = await demo.OrgAsync("石井街道");
        var jinbi = await demo.OrgAsync("金碧新城社区");
        // The demo's facts, read directly: units reported to the street itself, and to one of its communities.
        var toStreet = await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_units WHERE target_id = $1", shijing);
        var toCommunity = await Host.ScalarAsync<string>("SELECT unit_id FROM reporting_units WHERE target_id = $1 ORDER BY unit_id LIMIT 1", jinbi);
        using var street = await Host.SignInAsync("demo-street");

        List<string> Ids(System.Text.Json.JsonElement data) =>
            data.GetProperty("coBuildingUnits").EnumerateArray().Select(u => u.GetProperty("id").GetString()!).ToList();
        var own = Ids(await street.DataAsync(Query, new { o = shijing }));
        var within = Ids(await street.DataAsync(Query, new { o = shijing, d = true }));

        Assert.Equal(toStreet, own.Count);
        Assert.DoesNotContain(toCommunity, own);
        Assert.Contains(toCommunity, within);
        Assert.Superset(own.ToHashSet(), within.ToHashSet());
        Assert.Equal(within.Count, within.Distinct().Count());
        // A community's list is the same either way: nothing reports to what is under a community.
        Assert.Equal(Ids(await street.DataAsync(Query, new { o = jinbi })), Ids(await street.DataAsync(Query, new { o = jinbi, d = true })));
    }
}
