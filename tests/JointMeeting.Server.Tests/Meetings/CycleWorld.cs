using System.Text.Json;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>
/// A street with one community, three resident units reported (co-building) to the community, a community secretary
/// who convenes the community's 联合党委, a street secretary, and one contact per unit sitting on the committee as
/// part-time members. Made through the real commands (<see cref="WorldBuilder"/>); unique per world.
/// </summary>
public sealed class CycleWorld
{
    private readonly WorldBuilder _build;

    private CycleWorld(WorldBuilder build) => _build = build;

    public AppHost Host => _build.Host;
    public string Tag => _build.Tag;
    public OrgPath Street { get; private set; } = null!;
    public OrgPath Community { get; private set; } = null!;
    public string CommunityId => Community.CommunityId!;
    public List<string> UnitIds { get; } = [];
    public WorldPerson Secretary { get; private set; } = null!;
    public WorldPerson StreetSecretary { get; private set; } = null!;
    public List<WorldPerson> Contacts { get; } = [];
    public string CommitteeId { get; private set; } = null!;

    public static async Task<CycleWorld> CreateAsync(AppHost host, Cadence? cadence = null)
    {
        var world = new CycleWorld(new WorldBuilder(host, "cycle.test"));
        await world.BuildAsync(cadence);
        return world;
    }

    private async Task BuildAsync(Cadence? cadence)
    {
        var now = _build.Now;
        var district = await _build.OrgAsync(OrganisationKind.District, "周期区", null);
        Street = await _build.OrgAsync(OrganisationKind.Street, "周期街道", (district, OrganisationKind.District));
        Community = await _build.OrgAsync(OrganisationKind.Community, "周期社区", (Street, OrganisationKind.Street));
        Secretary = await _build.AccountAsync($"csec-{Tag}", "黄书记", Community, [(Role.CommunitySecretary, CommunityId, OrganisationKind.Community, Community)]);
        StreetSecretary = await _build.AccountAsync($"ssec-{Tag}", "梁书记", Street, [(Role.StreetSecretary, Street.StreetId!, OrganisationKind.Street, Street)]);
        string[] names = ["康宁医院", "金碧小学", "供电所"];
        for (var i = 0; i < names.Length; i++)
        {
            string unitId = "";
            await _build.OrgAsync(OrganisationKind.ResidentUnit, names[i], (Community, OrganisationKind.Community), id => unitId = id,
                new UnitDetails(UnitKind.Hospital, names[i] + "党支部", new UnitContactPerson("联络人", "13800000000")));
            UnitIds.Add(unitId);
            var contact = await _build.AccountAsync($"u{i}-{Tag}", $"联络人{i}", Community, [(Role.UnitContact, unitId, OrganisationKind.ResidentUnit, Community)]);
            Contacts.Add(contact);
            await _build.ReportUnitAsync(unitId, contact.Actor, Community, Secretary.Actor);
        }
        CommitteeId = $"committee-{Tag}";
        var executor = _build.Executor;
        await executor.ExecuteAsync(MeetingAggregates.Committees, CommitteeId, new CreateCommittee(Actor.System, now, CommitteeId,
            CommitteeLevel.Community, CommunityId, OrganisationKind.Community, Community, $"周期社区联合党委{Tag}",
            new CommitteeSeat(Secretary.PersonId, Secretary.Name, Secretary.Email), cadence ?? Cadence.Monthly));
        for (var i = 0; i < Contacts.Count; i++)
            await executor.ExecuteAsync(MeetingAggregates.Committees, CommitteeId, new AppointPartTimeMember(Actor.System, now, CommitteeId,
                new CommitteeSeat(Contacts[i].PersonId, Contacts[i].Name, Contacts[i].Email), UnitIds[i], true, ChinaTime.Today(now)));
    }

    public Task<GraphQLClient> SignInAsync(WorldPerson person) => _build.SignInAsync(person);

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
