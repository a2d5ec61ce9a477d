using System.Text.Json;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.MicroWishes;

public sealed record WorldPerson(string Login, string AccountId, string PersonId, string Email, Actor Actor);

/// <summary>
/// A small organisation tree of its own (district → street → two communities, a grid with a building, a unit),
/// a community secretary and N reporting members, all made through the real commands (CommandExecutor) —
/// the same path the seed loader and the API take. Every world has unique names, so worlds share a host.
/// </summary>
public sealed class ServiceWorld
{
    public const string Password = "Test-Password!2026";
    private static readonly string Hash = new Passwords().Hash(Password);

    private ServiceWorld(AppHost host, string tag) { Host = host; Tag = tag; }

    public AppHost Host { get; }
    public string Tag { get; }
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

    private CommandExecutor Executor => Host.Services.GetRequiredService<CommandExecutor>();

    public static async Task<ServiceWorld> CreateAsync(AppHost host, int members, int outsideMembers = 1)
    {
        var world = new ServiceWorld(host, Guid.NewGuid().ToString("N")[..8]);
        await world.BuildAsync(members, outsideMembers);
        return world;
    }

    private async Task BuildAsync(int memberCount, int outsideCount)
    {
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        var district = await OrgAsync(OrganisationKind.District, "测试区", null, now);
        var street = await OrgAsync(OrganisationKind.Street, "测试街道", (district, OrganisationKind.District), now);
        Community = await OrgAsync(OrganisationKind.Community, "测试社区", (street, OrganisationKind.Street), now);
        OtherCommunity = await OrgAsync(OrganisationKind.Community, "隔壁社区", (street, OrganisationKind.Street), now);
        var grid = await OrgAsync(OrganisationKind.Grid, "第一网格", (Community, OrganisationKind.Community), now, id => GridId = id);
        await OrgAsync(OrganisationKind.Building, "1栋", (grid, OrganisationKind.Grid), now, id => BuildingId = id);
        await OrgAsync(OrganisationKind.ResidentUnit, "测试医院", (Community, OrganisationKind.Community), now, id => UnitId = id,
            new UnitDetails(UnitKind.Hospital, "测试医院党总支", new UnitContactPerson("联络人", "13800000000")));

        Secretary = await AccountAsync($"sec-{Tag}", "社区书记", Community, now, [(Role.CommunitySecretary, CommunityId, OrganisationKind.Community, Community)]);
        Admin = await AccountAsync($"adm-{Tag}", "区管理员", district, now, [(Role.DistrictAdmin, district.DistrictId, OrganisationKind.District, district)]);
        var unitPath = Community; // the unit hangs in the community
        UnitContact = await AccountAsync($"unit-{Tag}", "单位联络人", Community, now, [(Role.UnitContact, UnitId, OrganisationKind.ResidentUnit, unitPath)]);
        // Members in parallel batches: each member's commands are sequential, members are independent.
        foreach (var batch in Enumerable.Range(1, memberCount).Chunk(16))
            Members.AddRange(await Task.WhenAll(batch.Select(i => MemberAsync($"m{i}-{Tag}", $"党员{i}", Community, now, i % 2 == 0))));
        var otherSecretary = await AccountAsync($"sec2-{Tag}", "隔壁书记", OtherCommunity, now, [(Role.CommunitySecretary, OtherCommunity.CommunityId!, OrganisationKind.Community, OtherCommunity)]);
        for (var i = 1; i <= outsideCount; i++)
            OutsideMembers.Add(await MemberAsync($"x{i}-{Tag}", $"隔壁党员{i}", OtherCommunity, now, false, otherSecretary));
    }

    private async Task<OrgPath> OrgAsync(OrganisationKind kind, string name, (OrgPath Path, OrganisationKind Kind)? parent, DateTimeOffset now,
        Action<string>? remember = null, UnitDetails? unit = null)
    {
        var id = $"{kind.ToString().ToLowerInvariant()}-{Tag}-{Guid.NewGuid().ToString("N")[..6]}";
        remember?.Invoke(id);
        await Executor.ExecuteAsync(OrganisationAggregates.Organisations, id,
            new CreateOrganisation(Actor.System, now, id, kind, $"{name}{Tag}", parent?.Path.OwnerId, parent?.Kind, parent?.Path, unit));
        return kind switch
        {
            OrganisationKind.District => new OrgPath(id),
            OrganisationKind.Street => new OrgPath(parent!.Value.Path.DistrictId, id),
            OrganisationKind.Community => new OrgPath(parent!.Value.Path.DistrictId, parent.Value.Path.StreetId, id),
            _ => parent!.Value.Path,
        };
    }

    private async Task<WorldPerson> AccountAsync(string login, string name, OrgPath home, DateTimeOffset now,
        IReadOnlyList<(Role Role, string Scope, OrganisationKind Kind, OrgPath Path)> roles)
    {
        var accountId = $"acct-{login}";
        var personId = $"person-{login}";
        var email = $"{login}@wishes.test";
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId,
            new RegisterAccount(Actor.System, now, accountId, personId, login, new PersonProfile(name, "13800001234", email), Hash, home.OwnerId, home));
        foreach (var (role, scope, kind, path) in roles)
            await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, now, accountId, role, scope, kind, path));
        return new WorldPerson(login, accountId, personId, email, new Actor(accountId, personId, roles.Select(r => new RoleGrant(r.Role, r.Scope)).ToList()));
    }

    private async Task<WorldPerson> MemberAsync(string login, string name, OrgPath community, DateTimeOffset now, bool inBuilding, WorldPerson? approver = null)
    {
        var person = await AccountAsync(login, name, community, now, [(Role.Member, community.CommunityId!, OrganisationKind.Community, community)]);
        var reportId = $"report-{login}";
        var residence = inBuilding && community == Community ? new Residence(GridId, CommunityId, BuildingId, GridId) : Residence.Unknown;
        var profile = new ServiceProfile([Skill.Repair], ["维修"], [new AvailabilitySlot(DayOfWeek.Saturday, DayPart.Morning)]);
        var secretary = (approver ?? Secretary).Actor;
        await Executor.ExecuteAsync(ReportingAggregates.Members, person.PersonId, new RequestMemberReport(secretary, now, person.PersonId, reportId,
            community.CommunityId!, OrganisationKind.Community, community, UnitId, residence, profile));
        await Executor.ExecuteAsync(ReportingAggregates.Members, person.PersonId, new ApproveMemberReport(secretary, now, person.PersonId, reportId));
        return person;
    }

    public Task<GraphQLClient> SignInAsync(WorldPerson person) => Host.SignInAsync(person.Login, Password);

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
