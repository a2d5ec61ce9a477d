using System.Text.Json;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.MicroWishes;

/// <summary>
/// A small organisation tree of its own (district → street → two communities, a grid with a building, a unit),
/// a community secretary and N reporting members, all made through the real commands (<see cref="WorldBuilder"/>).
/// Every world has unique names, so worlds share a host.
/// </summary>
public sealed class ServiceWorld
{
    private readonly WorldBuilder _build;

    private ServiceWorld(WorldBuilder build) => _build = build;

    public AppHost Host => _build.Host;
    public string Tag => _build.Tag;
    public OrgPath Community { get; private set; } = null!;
    public OrgPath OtherCommunity { get; private set; } = null!;
    public string CommunityId => Community.CommunityId!;
    public string GridId { get; private set; } = null!;
    public string BuildingId { get; private set; } = null!;
    public string UnitId { get; private set; } = null!;
    public WorldPerson Secretary { get; private set; } = null!;
    public WorldPerson UnitContact { get; private set; } = null!;
    public WorldPerson Admin { get; private set; } = null!;
    public List<WorldPerson> Members { get; } = [];
    public List<WorldPerson> OutsideMembers { get; } = [];

    public static async Task<ServiceWorld> CreateAsync(AppHost host, int members, int outsideMembers = 1)
    {
        var world = new ServiceWorld(new WorldBuilder(host, "wishes.test"));
        await world.BuildAsync(members, outsideMembers);
        return world;
    }

    private async Task BuildAsync(int memberCount, int outsideCount)
    {
        var district = await _build.OrgAsync(OrganisationKind.District, "测试区", null);
        var street = await _build.OrgAsync(OrganisationKind.Street, "测试街道", (district, OrganisationKind.District));
        Community = await _build.OrgAsync(OrganisationKind.Community, "测试社区", (street, OrganisationKind.Street));
        OtherCommunity = await _build.OrgAsync(OrganisationKind.Community, "隔壁社区", (street, OrganisationKind.Street));
        var grid = await _build.OrgAsync(OrganisationKind.Grid, "第一网格", (Community, OrganisationKind.Community), id => GridId = id);
        await _build.OrgAsync(OrganisationKind.Building, "1栋", (grid, OrganisationKind.Grid), id => BuildingId = id);
        await _build.OrgAsync(OrganisationKind.ResidentUnit, "测试医院", (Community, OrganisationKind.Community), id => UnitId = id,
            new UnitDetails(UnitKind.Hospital, "测试医院党总支", new UnitContactPerson("联络人", "13800000000")));

        Secretary = await _build.AccountAsync($"sec-{Tag}", "社区书记", Community, [(Role.CommunitySecretary, CommunityId, OrganisationKind.Community, Community)]);
        Admin = await _build.AccountAsync($"adm-{Tag}", "区管理员", district, [(Role.DistrictAdmin, district.DistrictId, OrganisationKind.District, district)]);
        var unitPath = Community; // the unit hangs in the community
        UnitContact = await _build.AccountAsync($"unit-{Tag}", "单位联络人", Community, [(Role.UnitContact, UnitId, OrganisationKind.ResidentUnit, unitPath)]);
        // Members in parallel batches: each member's commands are sequential, members are independent.
        foreach (var batch in Enumerable.Range(1, memberCount).Chunk(16))
            Members.AddRange(await Task.WhenAll(batch.Select(i => MemberAsync($"m{i}-{Tag}", $"党员{i}", Community, i % 2 == 0, Secretary))));
        var otherSecretary = await _build.AccountAsync($"sec2-{Tag}", "隔壁书记", OtherCommunity, [(Role.CommunitySecretary, OtherCommunity.CommunityId!, OrganisationKind.Community, OtherCommunity)]);
        for (var i = 1; i <= outsideCount; i++)
            OutsideMembers.Add(await MemberAsync($"x{i}-{Tag}", $"隔壁党员{i}", OtherCommunity, false, otherSecretary));
    }

    private Task<WorldPerson> MemberAsync(string login, string name, OrgPath community, bool inBuilding, WorldPerson approver)
    {
        var residence = inBuilding && community == Community ? new Residence(GridId, CommunityId, BuildingId, GridId) : Residence.Unknown;
        var profile = new ServiceProfile([Skill.Repair], ["维修"], [new AvailabilitySlot(DayOfWeek.Saturday, DayPart.Morning)]);
        return _build.MemberAsync(login, name, community, approver.Actor, UnitId, residence, profile);
    }

    public Task<GraphQLClient> SignInAsync(WorldPerson person) => _build.SignInAsync(person);

    /// <summary>A secretary of the world's street.</summary>
    public Task<WorldPerson> StreetSecretaryAsync()
    {
        var street = new OrgPath(Community.DistrictId, Community.StreetId);
        return _build.AccountAsync($"st-{Tag}", "街道书记", street, [(Role.StreetSecretary, street.StreetId!, OrganisationKind.Street, street)]);
    }

    /// <summary>One more approved member of the world's community, for a test that changes what that member may do.</summary>
    public Task<WorldPerson> NewMemberAsync(string name) => MemberAsync($"n{Guid.NewGuid().ToString("N")[..8]}-{Tag}", name, Community, false, Secretary);

    /// <summary>A published wish in the world's community, made over HTTP by the secretary; returns its id and version.</summary>
    public async Task<(string Id, int Version)> PublishedWishAsync(GraphQLClient secretary, string title = "修理门锁", string category = "REPAIR")
    {
        var submitted = await secretary.DataAsync("""
            mutation($input: SubmitWishInput!) { submitWish(input: $input) { id version status } }
            """, new
        {
            input = new
            {
                communityId = CommunityId, category, title, description = "独居老人家门锁坏了，希望有人帮忙修理。", estimatedValue = 80,
                residentName = "何炳坤", residentPhone = "13900301002", residentAddress = "金碧新城1栋201", gridId = GridId, buildingId = BuildingId,
            },
        });
        var id = submitted.GetProperty("submitWish").GetProperty("id").GetString()!;
        var published = await secretary.DataAsync("mutation($input: ReviewWishInput!) { reviewWish(input: $input) { version status } }",
            new { input = new { wishId = id, approve = true } });
        Assert.Equal("PUBLISHED", published.GetProperty("reviewWish").GetProperty("status").GetString());
        return (id, published.GetProperty("reviewWish").GetProperty("version").GetInt32());
    }
}

public static class JsonExtensions
{
    public static string Str(this JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetString()!;
}
