using JointMeeting.Server.Tests.Organisations;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Committees;

/// <summary>committees(organisationId, includeDescendants): an organisation's own committees, or those of it and everything under it.</summary>
public sealed class CommitteesQueryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private AppHost Host => demo.Host;

    private const string Query = """
        query($o: ID, $d: Boolean) { committees(organisationId: $o, includeDescendants: $d) { name level organisation { path { streetId } } } }
        """;

    [Fact]
    public async Task A_street_sees_its_communities_committees_only_with_the_flag()
    {
        var shijing = await demo.OrgAsync("石井街道");
        using var street = await Host.SignInAsync("demo-street");
        // A committee of another community of the street, set up by the street secretary through the API.
        await street.DataAsync("mutation($i: CreateCommitteeInput!) { createCommittee(input: $i) { id } }", new
        {
            i = new { level = "COMMUNITY", organisationId = await demo.OrgAsync("顺丰翠园社区"), name = "顺丰翠园社区联合党委（含下级测试）",
                convener = new { name = "顺丰召集人", email = "sf-convener@jointmeeting.test" } },
        });

        var own = Names(await street.DataAsync(Query, new { o = shijing }));
        var below = await street.DataAsync(Query, new { o = shijing, d = true });

        Assert.Equal(["石井街区域化党建联席会议（大工委）"], own);
        Assert.Contains("石井街区域化党建联席会议（大工委）", Names(below));
        Assert.Contains("金碧新城社区联合党委", Names(below));
        Assert.Contains("顺丰翠园社区联合党委（含下级测试）", Names(below));
        Assert.All(below.GetProperty("committees").EnumerateArray(),
            c => Assert.Equal(shijing, c.GetProperty("organisation").GetProperty("path").GetProperty("streetId").GetString()));
        Assert.Equal(own, Names(await street.DataAsync(Query, new { o = shijing, d = false })));
    }

    [Fact]
    public async Task A_community_with_the_flag_is_only_itself_and_a_unit_has_none()
    {
        using var community = await Host.SignInAsync("demo-community");
        Assert.Equal(["金碧新城社区联合党委"], Names(await community.DataAsync(Query, new { o = await demo.OrgAsync("金碧新城社区"), d = true })));
        // A unit's path is its community's: the flag must not widen it to the community's committee.
        Assert.Empty(Names(await community.DataAsync(Query, new { o = await demo.OrgAsync("广州白云康宁医院"), d = true })));
        Assert.Equal("NOT_FOUND", (await community.SendAsync(Query, new { o = "no-such-organisation", d = true })).Code);
        using var anonymous = Host.NewClient();
        Assert.Equal("UNAUTHENTICATED", (await anonymous.SendAsync(Query, new { o = await demo.OrgAsync("石井街道"), d = true })).Code);
    }

    private static string[] Names(System.Text.Json.JsonElement data) =>
        data.GetProperty("committees").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToArray();
}
