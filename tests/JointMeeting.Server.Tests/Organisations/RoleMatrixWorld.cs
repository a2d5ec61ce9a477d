using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Committees;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>Ids one side of the matrix acts on: inside 金碧新城社区 (the demo roles' scope) or in another district.</summary>
public sealed record MatrixSide(
    string District, string Street, string Community, string Grid, string GridB, string Building, string SpareGrid, string Unit,
    string Committee, string CommitteePerson, string PartTimePerson, string StandingPerson, string AccountA, string AccountB, string AccountC,
    string MemberRoleAccount, string PersonForReport, string[] MemberReports, string[] UnitReports, string UnitForReport, string CommitteeCommunity);

/// <summary>
/// The demo (issue 4's part) plus, made through the real services: a second district nobody of the demo
/// holds a role in, and in both places the pending reports, spare grids and accounts the matrix acts on.
/// </summary>
public sealed class RoleMatrixWorld : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public MatrixSide Inside { get; private set; } = null!;

    public MatrixSide Outside { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await AppHost.StartAsync(demo: true,
            settings: new Dictionary<string, string?> { ["Seeds:Features"] = "Organisations,Accounts,Reporting,Committees" });
        var accounts = Host.Services.GetRequiredService<AccountReadModel>();
        var secretary = (await accounts.FindByLoginAsync("demo-community", default))!.ToActor();
        string Org(string name) => Host.ScalarAsync<string>("SELECT id FROM org_organisations WHERE name = $1", name).Result;
        var jinbi = Org("金碧新城社区");
        Inside = await SideAsync("in", Org("白云区"), Org("石井街道"), jinbi, Org("金碧新城第一网格"), Org("金碧新城第二网格"), Org("金碧新城1栋"),
            Org("广州白云康宁医院"), Host.ScalarAsync<string>("SELECT id FROM committee_committees WHERE organisation_id = $1", jinbi).Result,
            secretary, Org("石岗社区"));

        // Another district: its own street, community, grid, building, unit, committee and a secretary to decide there.
        var orgs = Host.Services.GetRequiredService<OrganisationService>();
        async Task<string> Create(OrganisationKind kind, string name, string? parent, UnitDetailsInput? unit = null) =>
            (await orgs.CreateAsync(Actor.System, new CreateOrganisationInput(kind, name, parent, unit, null), default)).Id;
        var district = await Create(OrganisationKind.District, "外区", null);
        var street = await Create(OrganisationKind.Street, "外街道", district);
        var community = await Create(OrganisationKind.Community, "外社区", street);
        var community2 = await Create(OrganisationKind.Community, "外二社区", street);
        var grid = await Create(OrganisationKind.Grid, "外网格", community);
        var gridB = await Create(OrganisationKind.Grid, "外网格二", community);
        var building = await Create(OrganisationKind.Building, "外1栋", grid);
        var unit = await Create(OrganisationKind.ResidentUnit, "外单位", community, new UnitDetailsInput(UnitKind.School, "外单位党支部", "外联络", "13900009999"));
        var service = Host.Services.GetRequiredService<AccountService>();
        var foreignSecretary = await service.RegisterAsync(Actor.System,
            new RegisterAccountInput("foreign-sec", "Foreign!2026", "外书记", null, null, null, community, null), default);
        foreignSecretary = await service.GrantRoleAsync(Actor.System, new RoleInput(foreignSecretary.Id, Role.CommunitySecretary, community, null, null), default);
        var committee = await Host.Services.GetRequiredService<CommitteeService>().CreateAsync(Actor.System,
            new CreateCommitteeInput(CommitteeLevel.Community, community, "外社区联合党委", new SeatInput(foreignSecretary.PersonId, null, null), null, null), default);
        Outside = await SideAsync("out", district, street, community, grid, gridB, building, unit, committee, foreignSecretary.ToActor(), community2);
    }

    private async Task<MatrixSide> SideAsync(string tag, string district, string street, string community, string grid, string gridB, string building,
        string unit, string committee, Actor secretary, string committeeCommunity)
    {
        var orgs = Host.Services.GetRequiredService<OrganisationService>();
        var accounts = Host.Services.GetRequiredService<AccountService>();
        var reporting = Host.Services.GetRequiredService<ReportingService>();
        var committees = Host.Services.GetRequiredService<CommitteeService>();
        var spare = (await orgs.CreateAsync(Actor.System, new CreateOrganisationInput(OrganisationKind.Grid, $"{tag}-空网格", community, null, null), default)).Id;
        async Task<AccountRow> Account(string login) => await accounts.RegisterAsync(Actor.System,
            new RegisterAccountInput($"{tag}-{login}", "Matrix!2026", $"{tag}{login}", "13900001111", null, "某小区3栋201", community, null), default);
        var a = await Account("a");
        var b = await Account("b");
        var c = await Account("c");
        var withMember = await Account("member");
        await accounts.GrantRoleAsync(Actor.System, new RoleInput(withMember.Id, Role.Member, community, null, null), default);
        var forReport = await Account("reporter");
        var memberReports = new List<string>();
        foreach (var login in new[] { "p1", "p2", "p3" })
        {
            var person = await Account(login);
            memberReports.Add((await reporting.RequestMemberReportAsync(secretary,
                new RequestMemberReportInput(person.PersonId, community, unit, null, null, null, null), default)).ReportId);
        }
        var unitReports = new List<string>();
        foreach (var name in new[] { "u1", "u2", "u3", "u4" })
        {
            var u = (await orgs.CreateAsync(Actor.System, new CreateOrganisationInput(OrganisationKind.ResidentUnit, $"{tag}-单位{name}", community,
                new UnitDetailsInput(UnitKind.NonPublicEnterprise, "党支部", "联络人", "13900002222"), null), default)).Id;
            if (name == "u4") { unitReports.Add(u); continue; } // u4: no report yet, for requestUnitReport
            unitReports.Add((await reporting.RequestUnitReportAsync(secretary, new RequestUnitReportInput(u, community, null, null), default)).ReportId);
        }
        var partTime = await Account("parttime");
        var standing = await Account("standing");
        await committees.AddStandingMemberAsync(Actor.System, new AddStandingMemberInput(committee, new SeatInput(standing.PersonId, null, null), null, null), default);
        await committees.AddStandingMemberAsync(Actor.System, new AddStandingMemberInput(committee, new SeatInput(a.PersonId, null, null), null, null), default);
        var fromGrid = grid;
        await committees.AppointPartTimeMemberAsync(Actor.System, new AppointPartTimeMemberInput(committee, new SeatInput(partTime.PersonId, null, null),
            fromGrid, new DateOnly(2025, 1, 1), null, null, null), default);
        return new MatrixSide(district, street, community, grid, gridB, building, spare, unit, committee, a.PersonId, partTime.PersonId,
            standing.PersonId, a.Id, b.Id, c.Id, withMember.Id, forReport.PersonId, [.. memberReports], [.. unitReports.Take(3)], unitReports[3],
            committeeCommunity);
    }

    private readonly Dictionary<string, GraphQLClient> _clients = [];

    /// <summary>One signed-in client per demo login, reused by every case.</summary>
    public async Task<GraphQLClient> ClientAsync(string login) =>
        _clients.TryGetValue(login, out var client) ? client : _clients[login] = await Host.SignInAsync(login);

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await Host.DisposeAsync();
    }
}
