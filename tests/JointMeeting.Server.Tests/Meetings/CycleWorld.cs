using System.Text.Json;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Meetings;

public sealed record CyclePerson(string Login, string AccountId, string PersonId, string Name, string Email, Actor Actor);

/// <summary>
/// A street with one community, three resident units reported (co-building) to the community, a community secretary
/// who convenes the community's 联合党委, a street secretary, and one contact per unit sitting on the committee as
/// part-time members. Made through the real commands, the way the seed loader and the API write; unique per world.
/// </summary>
public sealed class CycleWorld
{
    public const string Password = "Cycle-Password!2026";
    private static readonly string Hash = new Passwords().Hash(Password);

    private CycleWorld(AppHost host, string tag) { Host = host; Tag = tag; }

    public AppHost Host { get; }
    public string Tag { get; }
    public OrgPath Street { get; private set; } = null!;
    public OrgPath Community { get; private set; } = null!;
    public string CommunityId => Community.CommunityId!;
    public List<string> UnitIds { get; } = [];
    public CyclePerson Secretary { get; private set; } = null!;
    public CyclePerson StreetSecretary { get; private set; } = null!;
    public List<CyclePerson> Contacts { get; } = [];
    public string CommitteeId { get; private set; } = null!;

    private CommandExecutor Executor => Host.Services.GetRequiredService<CommandExecutor>();

    public static async Task<CycleWorld> CreateAsync(AppHost host, Cadence? cadence = null)
    {
        var world = new CycleWorld(host, Guid.NewGuid().ToString("N")[..8]);
        await world.BuildAsync(cadence);
        return world;
    }

    private async Task BuildAsync(Cadence? cadence)
    {
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        var district = await OrgAsync(OrganisationKind.District, "周期区", null, now);
        Street = await OrgAsync(OrganisationKind.Street, "周期街道", (district, OrganisationKind.District), now);
        Community = await OrgAsync(OrganisationKind.Community, "周期社区", (Street, OrganisationKind.Street), now);
        Secretary = await AccountAsync($"csec-{Tag}", "黄书记", Community, now, [(Role.CommunitySecretary, CommunityId, OrganisationKind.Community, Community)]);
        StreetSecretary = await AccountAsync($"ssec-{Tag}", "梁书记", Street, now, [(Role.StreetSecretary, Street.StreetId!, OrganisationKind.Street, Street)]);
        string[] names = ["康宁医院", "金碧小学", "供电所"];
        for (var i = 0; i < names.Length; i++)
        {
            string unitId = "";
            await OrgAsync(OrganisationKind.ResidentUnit, names[i], (Community, OrganisationKind.Community), now, id => unitId = id,
                new UnitDetails(UnitKind.Hospital, names[i] + "党支部", new UnitContactPerson("联络人", "13800000000")));
            UnitIds.Add(unitId);
            var contact = await AccountAsync($"u{i}-{Tag}", $"联络人{i}", Community, now, [(Role.UnitContact, unitId, OrganisationKind.ResidentUnit, Community)]);
            Contacts.Add(contact);
            await Executor.ExecuteAsync(ReportingAggregates.Units, unitId, new RequestUnitReport(contact.Actor, now, unitId, $"ur-{unitId}",
                CommunityId, OrganisationKind.Community, Community));
            await Executor.ExecuteAsync(ReportingAggregates.Units, unitId, new ApproveUnitReport(Secretary.Actor, now, unitId, $"ur-{unitId}"));
        }
        CommitteeId = $"committee-{Tag}";
        await Executor.ExecuteAsync(MeetingAggregates.Committees, CommitteeId, new CreateCommittee(Actor.System, now, CommitteeId,
            CommitteeLevel.Community, CommunityId, OrganisationKind.Community, Community, $"周期社区联合党委{Tag}",
            new CommitteeSeat(Secretary.PersonId, Secretary.Name, Secretary.Email), cadence ?? Cadence.Monthly));
        for (var i = 0; i < Contacts.Count; i++)
            await Executor.ExecuteAsync(MeetingAggregates.Committees, CommitteeId, new AppointPartTimeMember(Actor.System, now, CommitteeId,
                new CommitteeSeat(Contacts[i].PersonId, Contacts[i].Name, Contacts[i].Email), UnitIds[i], true, ChinaTime.Today(now)));
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

    private async Task<CyclePerson> AccountAsync(string login, string name, OrgPath home, DateTimeOffset now,
        IReadOnlyList<(Role Role, string Scope, OrganisationKind Kind, OrgPath Path)> roles)
    {
        var accountId = $"acct-{login}";
        var personId = $"person-{login}";
        var email = $"{login}@cycle.test";
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId,
            new RegisterAccount(Actor.System, now, accountId, personId, login, new PersonProfile(name, "13800001234", email), Hash, home.OwnerId, home));
        foreach (var (role, scope, kind, path) in roles)
            await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, now, accountId, role, scope, kind, path));
        return new CyclePerson(login, accountId, personId, name, email, new Actor(accountId, personId, roles.Select(r => new RoleGrant(r.Role, r.Scope)).ToList()));
    }

    public Task<GraphQLClient> SignInAsync(CyclePerson person) => Host.SignInAsync(person.Login, Password);

    /// <summary>Polls <paramref name="check"/> until it holds (or fails the test after <paramref name="seconds"/>).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> check, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await check())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}

public static class CycleJson
{
    public static string Str(this JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetString()!;

    public static int Int(this JsonElement e, params string[] path) => path.Aggregate(e, (x, p) => x.GetProperty(p)).GetInt32();
}

/// <summary>The server's TimeProvider in time-controlled cycle tests: starts at the real now and moves only when told.</summary>
public sealed class CycleClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
