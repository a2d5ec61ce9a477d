using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Support;

/// <summary>An account made by <see cref="WorldBuilder"/>: its login (password <see cref="WorldBuilder.Password"/>) and the actor it acts as.</summary>
public sealed record WorldPerson(string Login, string AccountId, string PersonId, string Name, string Email, Actor Actor);

/// <summary>
/// Writes a test world through the real commands (CommandExecutor), the path the seed loader and the API take:
/// organisations, accounts with roles, and 双报到 of members and units. Names carry the world's tag, so worlds
/// share a host; the feature worlds (CycleWorld, ServiceWorld) say what to build.
/// </summary>
public sealed class WorldBuilder(AppHost host, string emailDomain)
{
    public const string Password = "World-Password!2026";
    private static readonly string Hash = new Passwords().Hash(Password);

    public AppHost Host { get; } = host;
    public string Tag { get; } = Guid.NewGuid().ToString("N")[..8];

    /// <summary>When the world's facts happened: a day ago, so "now" in a test is after all of them.</summary>
    public DateTimeOffset Now { get; } = DateTimeOffset.UtcNow.AddDays(-1);

    public CommandExecutor Executor => Host.Services.GetRequiredService<CommandExecutor>();

    /// <summary>An organisation named <paramref name="name"/> + tag under <paramref name="parent"/>; returns the path its children hang on.</summary>
    public async Task<OrgPath> OrgAsync(OrganisationKind kind, string name, (OrgPath Path, OrganisationKind Kind)? parent,
        Action<string>? remember = null, UnitDetails? unit = null)
    {
        var id = $"{kind.ToString().ToLowerInvariant()}-{Tag}-{Guid.NewGuid().ToString("N")[..6]}";
        remember?.Invoke(id);
        await Executor.ExecuteAsync(OrganisationAggregates.Organisations, id,
            new CreateOrganisation(Actor.System, Now, id, kind, $"{name}{Tag}", parent?.Path.OwnerId, parent?.Kind, parent?.Path, unit));
        return kind switch
        {
            OrganisationKind.District => new OrgPath(id),
            OrganisationKind.Street => new OrgPath(parent!.Value.Path.DistrictId, id),
            OrganisationKind.Community => new OrgPath(parent!.Value.Path.DistrictId, parent.Value.Path.StreetId, id),
            _ => parent!.Value.Path,
        };
    }

    public async Task<WorldPerson> AccountAsync(string login, string name, OrgPath home,
        IReadOnlyList<(Role Role, string Scope, OrganisationKind Kind, OrgPath Path)> roles)
    {
        var accountId = $"acct-{login}";
        var personId = $"person-{login}";
        var email = $"{login}@{emailDomain}";
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId,
            new RegisterAccount(Actor.System, Now, accountId, personId, login, new PersonProfile(name, "13800001234", email), Hash, home.OwnerId, home));
        foreach (var (role, scope, kind, path) in roles)
            await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, Now, accountId, role, scope, kind, path));
        return new WorldPerson(login, accountId, personId, name, email, new Actor(accountId, personId, roles.Select(r => new RoleGrant(r.Role, r.Scope)).ToList()));
    }

    /// <summary>A member with the Member role in <paramref name="community"/>, reported there by the secretary and approved.</summary>
    public async Task<WorldPerson> MemberAsync(string login, string name, OrgPath community, Actor secretary, string unitId,
        Residence residence, ServiceProfile profile)
    {
        var person = await AccountAsync(login, name, community, [(Role.Member, community.CommunityId!, OrganisationKind.Community, community)]);
        var reportId = $"report-{login}";
        await Executor.ExecuteAsync(ReportingAggregates.Members, person.PersonId, new RequestMemberReport(secretary, Now, person.PersonId, reportId,
            community.CommunityId!, OrganisationKind.Community, community, unitId, residence, profile));
        await Executor.ExecuteAsync(ReportingAggregates.Members, person.PersonId, new ApproveMemberReport(secretary, Now, person.PersonId, reportId));
        return person;
    }

    /// <summary>A resident unit reported (co-building) to <paramref name="community"/> by its contact, approved by the secretary.</summary>
    public async Task ReportUnitAsync(string unitId, Actor contact, OrgPath community, Actor secretary)
    {
        await Executor.ExecuteAsync(ReportingAggregates.Units, unitId, new RequestUnitReport(contact, Now, unitId, $"ur-{unitId}",
            community.CommunityId!, OrganisationKind.Community, community));
        await Executor.ExecuteAsync(ReportingAggregates.Units, unitId, new ApproveUnitReport(secretary, Now, unitId, $"ur-{unitId}"));
    }

    public Task<GraphQLClient> SignInAsync(WorldPerson person) => Host.SignInAsync(person.Login, Password);
}
