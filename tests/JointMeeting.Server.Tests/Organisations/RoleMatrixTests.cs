using JointMeeting.Server.Tests.Support;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>
/// Issue 4's role × operation matrix over HTTP: every mutation of Organisations, Accounts, Committees, Reporting and
/// the imports, tried by every demo role. Out of scope (another district) every role gets FORBIDDEN and nothing is
/// written; in scope the roles the policies do not name get FORBIDDEN (nothing written) and the named ones succeed.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixWorld world, ITestOutputHelper output) : IClassFixture<RoleMatrixWorld>
{
    private static readonly string[] Roles = ["demo-admin", "demo-street", "demo-community", "demo-unit", "demo-member"];
    private const string Admin = "demo-admin", Street = "demo-street", Community = "demo-community", Unit = "demo-unit";
    private static readonly string[] Secretaries = [Admin, Street, Community];
    private static readonly string Csv = Convert.ToBase64String("名称,类型,上级\n"u8.ToArray());

    /// <summary>A mutation, its input type, the input built for one side and role, who may (in scope), and who runs it for real.</summary>
    private sealed record Case(string Input, Func<MatrixSide, string, object> Build, string[] Allowed, string[] Runners, bool AllowedMayConflict = false);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["createOrganisation"] = new("CreateOrganisationInput", (s, r) => new { kind = "GRID", name = $"矩阵网格-{r}", parentId = s.Community }, Secretaries, Secretaries),
        ["renameOrganisation"] = new("RenameOrganisationInput", (s, r) => new { organisationId = s.Grid, name = $"改名-{r}" }, Secretaries, Secretaries),
        ["moveOrganisation"] = new("MoveOrganisationInput", (s, _) => new { organisationId = s.Building, newParentId = s.GridB }, Secretaries, [Community]),
        ["archiveOrganisation"] = new("ArchiveOrganisationInput", (s, _) => new { organisationId = s.SpareGrid }, Secretaries, [Community]),
        ["updateUnitDetails"] = new("UpdateUnitDetailsInput", (s, _) => new
        {
            organisationId = s.Unit, unit = new { kind = "HOSPITAL", partyOrganisationName = "党总支", contactName = "联络人", contactPhone = "13900003333" },
        }, [.. Secretaries, Unit], [.. Secretaries, Unit]),
        ["registerAccount"] = new("RegisterAccountInput", (s, r) => new
        {
            loginName = $"matrix-{r}-{s.Community[..6]}", password = "Matrix!2026", displayName = "矩阵", homeOrganisationId = s.Community,
        }, Secretaries, Secretaries),
        ["updateProfile"] = new("UpdateProfileInput", (s, r) => new { accountId = s.AccountA, displayName = $"改名{r.Length}" }, Secretaries, Secretaries),
        ["resetPassword"] = new("ResetPasswordInput", (s, _) => new { accountId = s.AccountB, newPassword = "Reset!2026x" }, Secretaries, Secretaries),
        ["unlockAccount"] = new("UnlockAccountInput", (s, _) => new { accountId = s.AccountC }, Secretaries, [Community], AllowedMayConflict: true),
        ["grantRole"] = new("RoleInput", (s, _) => new { accountId = s.AccountC, role = "UNIT_CONTACT", scopeId = s.Unit }, Secretaries, [Community]),
        ["revokeRole"] = new("RoleInput", (s, _) => new { accountId = s.MemberRoleAccount, role = "MEMBER", scopeId = s.Community }, Secretaries, [Community]),
        ["createCommittee"] = new("CreateCommitteeInput", (s, _) => new
        {
            level = "COMMUNITY", organisationId = s.CommitteeCommunity, name = "矩阵联合党委", convener = new { name = "召集人", email = "c@matrix.test" },
        }, [Admin, Street], [Street]),
        ["renameCommittee"] = new("RenameCommitteeInput", (s, r) => new { committeeId = s.Committee, name = $"联合党委-{r}" }, [Admin, Street], [Admin, Street]),
        ["changeConvener"] = new("CommitteePersonInput", (s, _) => new { committeeId = s.Committee, personId = s.StandingPerson }, Secretaries, [Community]),
        ["addStandingMember"] = new("AddStandingMemberInput", (s, r) => new { committeeId = s.Committee, seat = new { name = $"委员{r}", email = "w@matrix.test" } },
            Secretaries, Secretaries),
        ["removeStandingMember"] = new("CommitteePersonInput", (s, _) => new { committeeId = s.Committee, personId = s.CommitteePerson }, Secretaries, [Community]),
        ["appointPartTimeMember"] = new("AppointPartTimeMemberInput", (s, r) => new
        {
            committeeId = s.Committee, seat = new { name = $"兼职{r}" }, fromOrganisationId = s.GridB, termStart = "2026-01-01",
        }, Secretaries, Secretaries),
        ["endPartTimeTerm"] = new("EndPartTimeTermInput", (s, _) => new { committeeId = s.Committee, personId = s.PartTimePerson, endedOn = "2026-06-30" },
            Secretaries, [Community]),
        ["setCadence"] = new("SetCadenceInput", (s, r) => new { committeeId = s.Committee, cadence = new { kind = "MONTHLY", dayOfMonth = 10 + r.Length } },
            Secretaries, Secretaries),
        ["changeMemberEmail"] = new("ChangeMemberEmailInput", (s, r) => new { committeeId = s.Committee, personId = s.StandingPerson, email = $"{r}@matrix.test" },
            Secretaries, Secretaries),
        ["requestMemberReport"] = new("RequestMemberReportInput", (s, _) => new { personId = s.PersonForReport, communityId = s.Community, unitId = s.Unit },
            Secretaries, [Community]),
        ["approveMemberReport"] = new("ReportActionInput", (s, _) => new { reportId = s.MemberReports[0] }, Secretaries, [Community]),
        ["rejectMemberReport"] = new("RejectReportInput", (s, _) => new { reportId = s.MemberReports[1], reason = "信息不全" }, Secretaries, [Community]),
        ["withdrawMemberReport"] = new("ReportActionInput", (s, _) => new { reportId = s.MemberReports[2] }, Secretaries, [Community]),
        ["requestUnitReport"] = new("RequestUnitReportInput", (s, _) => new { unitId = s.UnitForReport, targetId = s.Community }, Secretaries, [Community]),
        ["approveUnitReport"] = new("ReportActionInput", (s, _) => new { reportId = s.UnitReports[0] }, Secretaries, [Community]),
        ["rejectUnitReport"] = new("RejectReportInput", (s, _) => new { reportId = s.UnitReports[1], reason = "不在辖区" }, Secretaries, [Community]),
        ["withdrawUnitReport"] = new("ReportActionInput", (s, _) => new { reportId = s.UnitReports[2] }, Secretaries, [Community]),
        ["importOrganisations"] = new("ImportInput", (s, _) => new { organisationId = s.Community, file = Csv }, Secretaries, Secretaries),
        ["importUnits"] = new("ImportInput", (s, _) => new { organisationId = s.Community, file = Convert.ToBase64String("名称,单位类型,所在组织,党组织名称,联系人,电话\n"u8.ToArray()) },
            Secretaries, Secretaries),
        ["importMembers"] = new("ImportInput", (s, _) => new { organisationId = s.Community, file = Convert.ToBase64String("姓名,手机,单位,社区\n"u8.ToArray()) },
            Secretaries, Secretaries),
    };

    public static IEnumerable<object[]> Mutations => Cases.Keys.Select(k => new object[] { k });

    private async Task<GraphQLResponse> RunAsync(string login, string mutation, object input)
    {
        var client = await world.ClientAsync(login);
        return await client.SendAsync($"mutation($i: {Cases[mutation].Input}!) {{ {mutation}(input: $i) {{ __typename }} }}", new { i = input });
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Out_of_scope_every_demo_role_is_forbidden_and_nothing_is_written(string mutation)
    {
        foreach (var role in Roles)
        {
            var events = await world.Host.EventCountAsync();
            var response = await RunAsync(role, mutation, Cases[mutation].Build(world.Outside, role));
            Assert.True(response.Code == "FORBIDDEN", $"{role} {mutation} outside: {response.Body}");
            Assert.Equal(events, await world.Host.EventCountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task In_scope_only_the_roles_the_policy_names_may_act(string mutation)
    {
        var c = Cases[mutation];
        foreach (var role in Roles.Except(c.Allowed))
        {
            var events = await world.Host.EventCountAsync();
            var response = await RunAsync(role, mutation, c.Build(world.Inside, role));
            Assert.True(response.Code == "FORBIDDEN", $"{role} {mutation} inside: {response.Body}");
            Assert.Equal(events, await world.Host.EventCountAsync());
        }
        foreach (var role in c.Runners)
        {
            var response = await RunAsync(role, mutation, c.Build(world.Inside, role));
            output.WriteLine($"{role} {mutation}: {response.Code ?? "ok"}");
            if (c.AllowedMayConflict) Assert.True(response.Code is null or "CONFLICT", $"{role} {mutation}: {response.Body}");
            else Assert.True(response.Errors.Count == 0, $"{role} {mutation}: {response.Body}");
        }
    }
}
