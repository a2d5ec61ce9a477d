using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Benchmarks;

/// <summary>The benchmark's data through the real commands: one community, its secretary, members "bm{n}" with approved reports, published wishes.</summary>
public sealed class ClaimsWorld(IServiceProvider services)
{
    public const string Password = "Bench-Password!2026";
    private static readonly Lazy<string> Hash = new(() => new Passwords().Hash(Password));
    private CommandExecutor Executor => services.GetRequiredService<CommandExecutor>();
    private OrgPath? _community;
    private string _unit = "";
    private Actor _secretary = Actor.System;
    private int _members;

    public static string Login(int n) => $"bm{n}";
    public static string WishId(string prefix, int n) => $"{prefix}-{n}";

    public async Task BuildAsync(int members, int wishes, string wishPrefix)
    {
        var now = DateTimeOffset.UtcNow.AddDays(-1);
        if (_community is null)
        {
            await Org("bench-district", OrganisationKind.District, "基准区", null, now);
            await Org("bench-street", OrganisationKind.Street, "基准街道", (new OrgPath("bench-district"), OrganisationKind.District), now);
            _community = new OrgPath("bench-district", "bench-street", "bench-community");
            await Org("bench-community", OrganisationKind.Community, "基准社区", (new OrgPath("bench-district", "bench-street"), OrganisationKind.Street), now);
            _unit = "bench-unit";
            await Org(_unit, OrganisationKind.ResidentUnit, "基准单位", (_community, OrganisationKind.Community), now,
                new UnitDetails(UnitKind.Hospital, "基准单位党支部", new UnitContactPerson("联络人", "13800000000")));
            _secretary = await Account("bench-sec", "基准书记", now, Role.CommunitySecretary);
            await Executor.ExecuteAsync(WishAggregates.Settings, "bench-community",
                new SetWishSettings(_secretary, now, _community, WishRules.DefaultFulfilWithinDays, ClaimsBench.ClaimsPerMember));
        }
        var from = _members;
        _members += members;
        await Parallel.ForEachAsync(Enumerable.Range(from, members), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            var member = await Account(Login(n), $"党员{n}", now, Role.Member);
            var profile = new ServiceProfile([Skill.Repair], ["维修"], []);
            await Executor.ExecuteAsync(ReportingAggregates.Members, member.PersonId, new RequestMemberReport(_secretary, now, member.PersonId, $"r-{n}",
                "bench-community", OrganisationKind.Community, _community!, _unit, Residence.Unknown, profile), ct: ct);
            await Executor.ExecuteAsync(ReportingAggregates.Members, member.PersonId, new ApproveMemberReport(_secretary, now, member.PersonId, $"r-{n}"), ct: ct);
        });
        await Parallel.ForEachAsync(Enumerable.Range(0, wishes), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, ct) =>
        {
            var id = WishId(wishPrefix, n);
            await Executor.ExecuteAsync(WishAggregates.Wishes, id, new SubmitWish(_secretary, now, id, _community!, false, WishCategory.Repair,
                $"修理门锁{n}", "独居老人家门锁坏了，希望有人帮忙修理。", 80m, new ResidentContact("何炳坤", "13900301002", "1栋201"), null, null), ct: ct);
            await Executor.ExecuteAsync(WishAggregates.Wishes, id, new ReviewWish(_secretary, now, id, true), ct: ct);
        });
    }

    private Task Org(string id, OrganisationKind kind, string name, (OrgPath Path, OrganisationKind Kind)? parent, DateTimeOffset now, UnitDetails? unit = null) =>
        Executor.ExecuteAsync(OrganisationAggregates.Organisations, id,
            new CreateOrganisation(Actor.System, now, id, kind, name, parent?.Path.OwnerId, parent?.Kind, parent?.Path, unit));

    private async Task<Actor> Account(string login, string name, DateTimeOffset now, Role role)
    {
        var (accountId, personId) = ($"acct-{login}", $"person-{login}");
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new RegisterAccount(Actor.System, now, accountId, personId, login,
            new PersonProfile(name, "13800001234", $"{login}@bench.test"), Hash.Value, "bench-community", _community!));
        await Executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, now, accountId, role, "bench-community", OrganisationKind.Community, _community!));
        return new Actor(accountId, personId, [new RoleGrant(role, "bench-community")]);
    }
}
