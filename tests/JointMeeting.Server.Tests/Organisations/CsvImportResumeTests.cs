using System.Text;
using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>
/// A member row is four commands on two streams; a server dying between them leaves a half-made member. Importing the
/// phone again finishes that member instead of reporting the phone as taken — and a whole member's phone still is.
/// </summary>
public sealed partial class CsvImportTests
{
    [Fact]
    public async Task Importing_a_half_made_members_phone_again_finishes_that_member_without_a_duplicate()
    {
        var executor = Host.Services.GetRequiredService<CommandExecutor>();
        var tree = Host.Services.GetRequiredService<OrganisationReadModel>();
        var jinbi = await tree.GetRowAsync(await demo.OrgAsync("金碧新城社区"), "社区", default);
        var shunfeng = await tree.GetRowAsync(await demo.OrgAsync("顺丰翠园社区"), "社区", default);
        var hospital = await demo.OrgAsync("广州白云康宁医院");
        var now = DateTimeOffset.UtcNow;

        // What a dying import leaves: an account only; an account with its report requested; one in another community.
        async Task<(string Account, string Person)> AccountOnlyAsync(string phone, OrganisationRow home)
        {
            string account = $"acct-half-{phone}", person = $"person-half-{phone}";
            await executor.ExecuteAsync(AccountAggregates.Accounts, account, new RegisterAccount(Actor.System, now, account, person, phone,
                new PersonProfile($"半导入{phone[^2..]}", phone, null), Passwords.NotSet, home.Id, home.Path));
            return (account, person);
        }
        var accountOnly = await AccountOnlyAsync("13911110001", jinbi);
        var requested = await AccountOnlyAsync("13911110002", jinbi);
        // The import writes as its importer: the district admin.
        var district = await demo.OrgAsync("白云区");
        var importer = new Actor(await Host.ScalarAsync<string>("SELECT id FROM account_accounts WHERE login_name = 'demo-admin'"),
            await demo.PersonAsync("demo-admin"), [new RoleGrant(Role.DistrictAdmin, district)]);
        await executor.ExecuteAsync(ReportingAggregates.Members, requested.Person, new RequestMemberReport(importer, now, requested.Person,
            "report-half-2", jinbi.Id, jinbi.Kind, jinbi.Path, hospital, Residence.Unknown, new ServiceProfile([], [], [])));
        await AccountOnlyAsync("13911110003", shunfeng);

        var csv = "姓名,手机,单位,社区\n" +
            "半导入01,13911110001,广州白云康宁医院,金碧新城社区\n" +
            "半导入02,13911110002,广州白云康宁医院,金碧新城社区\n" +
            "半导入03,13911110003,广州白云康宁医院,金碧新城社区\n" +   // its account lives in another community
            "李明轩,13800202001,广州白云康宁医院,金碧新城社区\n";       // demo-member: a whole member
        using var admin = await Host.SignInAsync("demo-admin");
        var job = (await admin.DataAsync(ImportMembers, new { i = new { organisationId = district,
            file = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)), importValidRows = true } })).GetProperty("importMembers");
        var errors = job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(4, "手机"), (5, "手机")], errors);
        Assert.Equal(2, job.GetProperty("valid").GetInt32());

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Host.ScalarAsync<string>("SELECT status FROM import_jobs WHERE id = $1", job.GetProperty("id").GetString()!) == "Running")
        {
            Assert.True(DateTime.UtcNow < deadline, "the import stayed RUNNING");
            await Task.Delay(100);
        }
        foreach (var (account, person) in new[] { accountOnly, requested })
        {
            Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM account_accounts WHERE phone = (SELECT phone FROM account_accounts WHERE id = $1)", account));
            Assert.Equal(jinbi.Id, await Host.ScalarAsync<string>("SELECT community_id FROM reporting_members WHERE person_id = $1", person));
            Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM account_grants WHERE account_id = $1 AND role = 'Member' AND scope_id = $2", account, jinbi.Id));
        }
        // The report already requested was approved, not requested a second time.
        Assert.Equal("report-half-2", await Host.ScalarAsync<string>("SELECT report_id FROM reporting_members WHERE person_id = $1", requested.Person));
        Assert.Equal(1L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_member_reports WHERE person_id = $1", requested.Person));
    }
}
