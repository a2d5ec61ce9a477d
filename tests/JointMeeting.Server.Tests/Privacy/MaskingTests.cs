using System.Text.Json;
using JointMeeting.Server.Tests.Organisations;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Privacy;

/// <summary>Personal fields per role over HTTP (issue 4 §6): masked for those who do not need them, whole views recorded.</summary>
public sealed class MaskingTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string UnitQuery = "query($id: ID!) { organisation(id: $id) { unit { contactName contactPhone masked } } }";

    private AppHost Host => demo.Host;

    private static async Task<JsonElement> UnitAsync(GraphQLClient client, string id) =>
        (await client.DataAsync(UnitQuery, new { id })).GetProperty("organisation").GetProperty("unit");

    [Theory]
    [InlineData("demo-member", true)]
    [InlineData("demo-member2", true)]
    [InlineData("demo-unit", false)]      // its own unit
    [InlineData("demo-community", false)] // the community it is located in
    [InlineData("demo-street", false)]
    [InlineData("demo-admin", false)]
    public async Task A_units_contact_is_whole_only_for_its_contact_and_the_secretaries_above_it(string login, bool masked)
    {
        using var client = await Host.SignInAsync(login);
        var unit = await UnitAsync(client, await demo.OrgAsync("广州白云康宁医院"));
        Assert.Equal(masked, unit.GetProperty("masked").GetBoolean());
        Assert.Equal(masked ? "吴*峰" : "吴晓峰", unit.GetProperty("contactName").GetString());
        Assert.Equal(masked ? "138****1021" : "13800201021", unit.GetProperty("contactPhone").GetString());
    }

    [Fact]
    public async Task A_community_secretary_sees_a_unit_of_another_community_masked()
    {
        using var client = await Host.SignInAsync("demo-community");
        var unit = await UnitAsync(client, await demo.OrgAsync("石井鞋材专业市场经营管理有限公司"));
        Assert.True(unit.GetProperty("masked").GetBoolean());
    }

    [Fact]
    public async Task Whole_views_of_someone_else_are_recorded_and_only_the_district_admin_reads_the_record()
    {
        using var community = await Host.SignInAsync("demo-community");
        var viewer = await demo.PersonAsync("demo-community");
        const string Views = "SELECT count(*) FROM privacy_views WHERE viewer_person_id = $1 AND context = 'account'";
        const string Counted = "SELECT coalesce(sum(view_count), 0) FROM privacy_views WHERE viewer_person_id = $1 AND context = 'account'";
        var before = await Host.ScalarAsync<long>(Counted, viewer);
        const string Reports = "query($org: ID!) { memberReports(organisationId: $org, status: APPROVED) { personId member { displayName phone masked } } }";
        var jinbi = await demo.OrgAsync("金碧新城社区");
        var reports = (await community.DataAsync(Reports, new { org = jinbi })).GetProperty("memberReports");
        Assert.Equal(9, reports.GetArrayLength()); // demo-member … demo-member9
        Assert.All(reports.EnumerateArray(), r => Assert.False(r.GetProperty("member").GetProperty("masked").GetBoolean()));
        Assert.Equal(before + 9, await Host.ScalarAsync<long>(Counted, viewer));

        // The same screen read again (a live page re-reads on every notice) counts on the same rows, not new ones.
        var rows = await Host.ScalarAsync<long>(Views, viewer);
        await community.DataAsync(Reports, new { org = jinbi });
        Assert.Equal(rows, await Host.ScalarAsync<long>(Views, viewer));
        Assert.Equal(before + 18, await Host.ScalarAsync<long>(Counted, viewer));

        // Reading oneself is not a disclosure.
        using var member = await Host.SignInAsync("demo-member");
        var self = await demo.PersonAsync("demo-member");
        var me = (await member.DataAsync("{ me { phone masked } }")).GetProperty("me");
        Assert.False(me.GetProperty("masked").GetBoolean());
        Assert.Equal(0L, await Host.ScalarAsync<long>("SELECT count(*) FROM privacy_views WHERE viewer_person_id = $1 AND subject_person_id = $1", self));

        using var admin = await Host.SignInAsync("demo-admin");
        var views = (await admin.DataAsync("query($v: ID!) { privacyViews(viewerPersonId: $v, first: 500) { subjectPersonId fields reason context viewedAt viewCount lastViewedAt } }",
            new { v = viewer })).GetProperty("privacyViews");
        Assert.True(views.GetArrayLength() >= 9);
        var reported = reports.EnumerateArray().Select(r => r.GetProperty("personId").GetString()).ToHashSet();
        var one = views.EnumerateArray().First(v => v.GetProperty("context").GetString() == "account" && reported.Contains(v.GetProperty("subjectPersonId").GetString()));
        Assert.Equal("secretary", one.GetProperty("reason").GetString());
        Assert.Contains("phone", one.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.True(one.GetProperty("viewCount").GetInt32() >= 2);
        Assert.True(one.GetProperty("lastViewedAt").GetDateTimeOffset() >= one.GetProperty("viewedAt").GetDateTimeOffset());

        Assert.Equal("FORBIDDEN", (await community.SendAsync("{ privacyViews { id } }")).Code);
        Assert.Equal("FORBIDDEN", (await member.SendAsync("{ privacyViews { id } }")).Code);
    }

    [Fact]
    public async Task A_district_admin_reads_only_the_views_of_people_in_their_district()
    {
        // A second district with its own admin, who looks at one of its own people's accounts.
        var world = new WorldBuilder(Host, "other-district.test");
        var district = await world.OrgAsync(Domain.Organisations.OrganisationKind.District, "另一区", null);
        var otherAdmin = await world.AccountAsync($"adm-{world.Tag}", "另一区管理员", district,
            [(Domain.Common.Role.DistrictAdmin, district.DistrictId, Domain.Organisations.OrganisationKind.District, district)]);
        var resident = await world.AccountAsync($"p-{world.Tag}", "另一区居民", district, []);
        using var other = await world.SignInAsync(otherAdmin);
        var account = (await other.DataAsync("query($id: ID!) { account(id: $id) { masked } }", new { id = resident.AccountId })).GetProperty("account");
        Assert.False(account.GetProperty("masked").GetBoolean());

        // A view in the demo district, by the demo's community secretary.
        using var community = await Host.SignInAsync("demo-community");
        await UnitAsync(community, await demo.OrgAsync("广州白云康宁医院"));
        var demoSecretary = await demo.PersonAsync("demo-community");

        const string Audit = "query($v: ID!) { privacyViews(viewerPersonId: $v, first: 500) { subjectPersonId } privacyViewCount(viewerPersonId: $v) }";
        var theirs = await other.DataAsync(Audit, new { v = otherAdmin.PersonId });
        Assert.Equal(resident.PersonId, Assert.Single(theirs.GetProperty("privacyViews").EnumerateArray()).GetProperty("subjectPersonId").GetString());
        var foreign = await other.DataAsync(Audit, new { v = demoSecretary });
        Assert.Equal((0, 0), (foreign.GetProperty("privacyViews").GetArrayLength(), foreign.GetProperty("privacyViewCount").GetInt32()));

        using var demoAdmin = await Host.SignInAsync("demo-admin");
        Assert.True((await demoAdmin.DataAsync(Audit, new { v = demoSecretary })).GetProperty("privacyViewCount").GetInt32() > 0);
        Assert.Equal(0, (await demoAdmin.DataAsync(Audit, new { v = otherAdmin.PersonId })).GetProperty("privacyViewCount").GetInt32());
    }

    [Fact]
    public async Task Account_lists_are_for_the_secretaries_over_the_organisation()
    {
        var jinbi = await demo.OrgAsync("金碧新城社区");
        using var member = await Host.SignInAsync("demo-member");
        Assert.Equal("FORBIDDEN", (await member.SendAsync("query($o: ID!) { accounts(organisationId: $o) { id } }", new { o = jinbi })).Code);
        using var unit = await Host.SignInAsync("demo-unit");
        Assert.Equal("FORBIDDEN", (await unit.SendAsync("query($o: ID!) { accounts(organisationId: $o) { id } }", new { o = jinbi })).Code);
        using var community = await Host.SignInAsync("demo-community");
        var list = (await community.DataAsync("query($o: ID!) { accounts(organisationId: $o, first: 200) { username masked } }", new { o = jinbi }))
            .GetProperty("accounts");
        Assert.Contains(list.EnumerateArray(), a => a.GetProperty("username").GetString() == "demo-member");
        Assert.All(list.EnumerateArray(), a => Assert.False(a.GetProperty("masked").GetBoolean()));
    }
}
