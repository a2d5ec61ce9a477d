using JointMeeting.Domain.Common;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Tests.Organisations;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Accounts;

/// <summary>What the client's 账号管理 and 隐私查看记录 pages page through: totals, activation, people in the audit.</summary>
public sealed class AccountAdminQueryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private AppHost Host => demo.Host;

    [Fact]
    public async Task The_account_count_matches_the_list_under_the_same_filter_and_is_scoped_like_it()
    {
        var jinbi = await demo.OrgAsync("金碧新城社区");
        using var admin = await Host.SignInAsync("demo-admin");
        const string query = """
            query($o: ID!, $q: String) { accounts(organisationId: $o, search: $q, first: 500) { id } accountCount(organisationId: $o, search: $q) }
            """;
        foreach (var search in new string?[] { null, "demo-member", "no-such-login" })
        {
            var data = await admin.DataAsync(query, new { o = jinbi, q = search });
            Assert.Equal(data.GetProperty("accounts").GetArrayLength(), data.GetProperty("accountCount").GetInt32());
        }
        var members = await admin.DataAsync(query, new { o = jinbi, q = "demo-member" });
        Assert.True(members.GetProperty("accountCount").GetInt32() >= 9); // demo-member … demo-member9

        using var member = await Host.SignInAsync("demo-member");
        Assert.Equal("FORBIDDEN", (await member.SendAsync("query($o: ID!) { accountCount(organisationId: $o) }", new { o = jinbi })).Code);
    }

    [Fact]
    public async Task An_imported_account_is_not_activated_until_an_admin_resets_its_password()
    {
        var jinbi = await demo.OrgAsync("金碧新城社区");
        var login = $"imported-{Guid.NewGuid():N}"[..20];
        var service = Host.Services.GetRequiredService<AccountService>();
        var row = await service.RegisterAsync(Actor.System, new RegisterAccountInput(login, "", "导入党员", null, null, null, jinbi, null),
            CancellationToken.None, passwordHash: Passwords.NotSet);

        using var admin = await Host.SignInAsync("demo-admin");
        const string query = "query($id: ID!) { account(id: $id) { passwordSet mustChangePassword version } }";
        var before = (await admin.DataAsync(query, new { id = row.Id })).GetProperty("account");
        Assert.False(before.GetProperty("passwordSet").GetBoolean());

        await admin.DataAsync("mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }",
            new { i = new { accountId = row.Id, newPassword = "Welcome2026", expectedVersion = before.GetProperty("version").GetInt32() } });
        var after = (await admin.DataAsync(query, new { id = row.Id })).GetProperty("account");
        Assert.True(after.GetProperty("passwordSet").GetBoolean());
        Assert.True(after.GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task The_audit_names_people_by_login_and_masked_name_counts_its_rows_and_reading_it_records_nothing()
    {
        using var community = await Host.SignInAsync("demo-community");
        var viewer = await demo.PersonAsync("demo-community");
        var subject = await demo.PersonAsync("demo-member2");
        await community.DataAsync("query($id: ID!) { account(id: $id) { phone } }", new { id = await demo.AccountAsync("demo-member2") });

        using var admin = await Host.SignInAsync("demo-admin");
        var adminPerson = await demo.PersonAsync("demo-admin");
        var recordedBefore = await Host.ScalarAsync<long>("SELECT count(*) FROM privacy_views WHERE viewer_person_id = $1", adminPerson);
        var data = await admin.DataAsync("""
            query($s: ID!, $v: ID!) {
              privacyViews(subjectPersonId: $s, viewerPersonId: $v, first: 100) {
                viewer { personId username maskedName } subject { personId username maskedName } subjectUnit { id } context
              }
              privacyViewCount(subjectPersonId: $s, viewerPersonId: $v)
            }
            """, new { s = subject, v = viewer });
        var views = data.GetProperty("privacyViews");
        Assert.True(views.GetArrayLength() >= 1);
        Assert.Equal(views.GetArrayLength(), data.GetProperty("privacyViewCount").GetInt32());
        var one = views[0];
        Assert.Equal("demo-community", one.GetProperty("viewer").GetProperty("username").GetString());
        Assert.Equal("demo-member2", one.GetProperty("subject").GetProperty("username").GetString());
        Assert.Contains('*', one.GetProperty("subject").GetProperty("maskedName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("subjectUnit").ValueKind);
        Assert.Equal(recordedBefore, await Host.ScalarAsync<long>("SELECT count(*) FROM privacy_views WHERE viewer_person_id = $1", adminPerson));

        // A unit's contact has no account: the audit names the unit instead.
        await community.DataAsync("query($id: ID!) { organisation(id: $id) { unit { contactPhone } } }", new { id = await demo.OrgAsync("广州白云康宁医院") });
        var unitViews = (await admin.DataAsync("""
            query($s: ID!) { privacyViews(subjectPersonId: $s) { subject { username } subjectUnit { name } } }
            """, new { s = "unit-contact:" + await demo.OrgAsync("广州白云康宁医院") })).GetProperty("privacyViews");
        Assert.Equal("广州白云康宁医院", unitViews[0].GetProperty("subjectUnit").GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unitViews[0].GetProperty("subject").ValueKind);

        Assert.Equal("FORBIDDEN", (await community.SendAsync("{ privacyViewCount }")).Code);
    }
}
