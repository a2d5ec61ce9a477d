using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>The tree over HTTP: children in one query per level, moves (no cycles, paths follow), archive, history.</summary>
public sealed class OrganisationTreeTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private AppHost Host => demo.Host;

    private const string Create = "mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id version path { communityId } } }";
    private const string Move = "mutation($i: MoveOrganisationInput!) { moveOrganisation(input: $i) { id version path { streetId communityId } } }";

    [Fact]
    public async Task The_street_shows_its_communities_and_their_grids()
    {
        using var member = await Host.SignInAsync("demo-member");
        var street = (await member.DataAsync("""
            query($p: ID!) { organisations(parentId: $p) { name kind children { name kind } } }
            """, new { p = await demo.OrgAsync("白云区") })).GetProperty("organisations");
        var shijing = street.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "石井街道");
        var children = shijing.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(12, children.Count(c => c.GetProperty("kind").GetString() == "COMMUNITY"));
        Assert.Equal(5, children.Count(c => c.GetProperty("kind").GetString() == "ECONOMIC_COOPERATIVE"));
    }

    [Fact]
    public async Task A_move_under_its_own_descendant_is_refused_and_a_real_move_carries_the_branch()
    {
        using var admin = await Host.SignInAsync("demo-admin");
        var district = await demo.OrgAsync("白云区");
        var streetA = (await admin.DataAsync(Create, new { i = new { kind = "STREET", name = "树测试街道A", parentId = district } })).GetProperty("createOrganisation");
        var streetB = (await admin.DataAsync(Create, new { i = new { kind = "STREET", name = "树测试街道B", parentId = district } })).GetProperty("createOrganisation");
        var community = (await admin.DataAsync(Create, new { i = new { kind = "COMMUNITY", name = "树测试社区", parentId = streetA.GetProperty("id").GetString() } }))
            .GetProperty("createOrganisation");
        var grid = (await admin.DataAsync(Create, new { i = new { kind = "GRID", name = "树测试网格", parentId = community.GetProperty("id").GetString() } }))
            .GetProperty("createOrganisation");

        var events = await Host.EventCountAsync();
        var cycle = await admin.SendAsync(Move, new { i = new { organisationId = community.GetProperty("id").GetString(), newParentId = grid.GetProperty("id").GetString() } });
        Assert.Equal("VALIDATION", cycle.Code);
        Assert.Equal(events, await Host.EventCountAsync());

        var moved = (await admin.DataAsync(Move, new { i = new { organisationId = community.GetProperty("id").GetString(), newParentId = streetB.GetProperty("id").GetString() } }))
            .GetProperty("moveOrganisation");
        Assert.Equal(streetB.GetProperty("id").GetString(), moved.GetProperty("path").GetProperty("streetId").GetString());
        // The grid below moved with it.
        Assert.Equal(streetB.GetProperty("id").GetString(), await Host.ScalarAsync<string>("SELECT street_id FROM org_organisations WHERE id = $1",
            grid.GetProperty("id").GetString()!));

        var archive = "mutation($i: ArchiveOrganisationInput!) { archiveOrganisation(input: $i) { archived } }";
        Assert.Equal("CONFLICT", (await admin.SendAsync(archive, new { i = new { organisationId = community.GetProperty("id").GetString() } })).Code);
        await admin.DataAsync(archive, new { i = new { organisationId = grid.GetProperty("id").GetString() } });
        await admin.DataAsync("mutation($i: RenameOrganisationInput!) { renameOrganisation(input: $i) { name } }",
            new { i = new { organisationId = community.GetProperty("id").GetString(), name = "树测试社区（新）", expectedVersion = moved.GetProperty("version").GetInt32() } });
        var history = (await admin.DataAsync("query($id: ID!) { organisation(id: $id) { history { event details } } }",
            new { id = community.GetProperty("id").GetString() })).GetProperty("organisation").GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("event").GetString()).ToArray();
        Assert.Equal(["organisation.created", "organisation.moved", "organisation.renamed"], history);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_and_a_grid_under_a_street_is_invalid()
    {
        using var admin = await Host.SignInAsync("demo-admin");
        Assert.Equal("NOT_FOUND", (await admin.SendAsync("query { organisation(id: \"nope\") { id } }")).Code);
        Assert.Equal("NOT_FOUND", (await admin.SendAsync(Create, new { i = new { kind = "GRID", name = "x", parentId = "nope" } })).Code);
        var wrong = await admin.SendAsync(Create, new { i = new { kind = "GRID", name = "街下网格", parentId = await demo.OrgAsync("石井街道") } });
        Assert.Equal("VALIDATION", wrong.Code);
        Assert.True(wrong.Errors[0].GetProperty("extensions").GetProperty("fields").TryGetProperty("parentId", out _));
    }

    [Fact]
    public async Task Part_time_members_come_from_co_building_units_or_organisations_below()
    {
        using var community = await Host.SignInAsync("demo-community");
        var committee = await Host.ScalarAsync<string>("SELECT id FROM committee_committees WHERE name = '金碧新城社区联合党委'");
        const string Appoint = "mutation($i: AppointPartTimeMemberInput!) { appointPartTimeMember(input: $i) { members { name partTime } } }";
        // 悦淘's report was rejected: not a co-building unit.
        var refused = await community.SendAsync(Appoint, new
        {
            i = new { committeeId = committee, seat = new { name = "悦淘代表" }, fromOrganisationId = await demo.OrgAsync("广州悦淘电子商务有限公司"), termStart = "2026-01-01" },
        });
        Assert.Equal("VALIDATION", refused.Code);
        var ok = (await community.DataAsync(Appoint, new
        {
            i = new { committeeId = committee, seat = new { name = "网格代表", email = "grid@jointmeeting.test" }, fromOrganisationId = await demo.OrgAsync("金碧新城第二网格"), termStart = "2026-01-01" },
        })).GetProperty("appointPartTimeMember");
        Assert.Contains(ok.GetProperty("members").EnumerateArray(), m => m.GetProperty("name").GetString() == "网格代表" && m.GetProperty("partTime").GetBoolean());
        var committees = (await community.DataAsync("query($o: ID) { committees(organisationId: $o) { name cadence { kind } members { email } } }",
            new { o = await demo.OrgAsync("金碧新城社区") })).GetProperty("committees");
        Assert.Equal("MONTHLY", committees[0].GetProperty("cadence").GetProperty("kind").GetString());
        using var member = await Host.SignInAsync("demo-member");
        var masked = (await member.DataAsync("query($o: ID) { committees(organisationId: $o) { members { email } } }", new { o = await demo.OrgAsync("金碧新城社区") }))
            .GetProperty("committees")[0].GetProperty("members").EnumerateArray().Select(m => m.GetProperty("email").GetString()).Where(e => e is not null);
        Assert.All(masked, e => Assert.Contains("***@", e));
    }
}
