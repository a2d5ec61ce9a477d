using JointMeeting.Server.Tests.Organisations;
using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.Reporting;

/// <summary>双报到 over HTTP: request, approval granting the Member role, a second pending request, transfer, withdrawal.</summary>
public sealed class ReportingFlowTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private AppHost Host => demo.Host;

    private const string Request = "mutation($i: RequestMemberReportInput!) { requestMemberReport(input: $i) { id status version } }";
    private const string Approve = "mutation($i: ReportActionInput!) { approveMemberReport(input: $i) { id status } }";

    private async Task<string[]> MemberRolesAsync(string login) =>
        (await (await Host.SignInAsync(login)).DataAsync("{ me { roles { role scopeName } } }")).GetProperty("me").GetProperty("roles")
        .EnumerateArray().Where(r => r.GetProperty("role").GetString() == "MEMBER").Select(r => r.GetProperty("scopeName").GetString()!).ToArray();

    [Fact]
    public async Task Approval_grants_the_member_role_a_transfer_moves_it_and_withdrawal_removes_it()
    {
        using var member = await Host.SignInAsync("m-pending1");
        var pending = (await member.DataAsync("{ myMemberReports { id status community { name } } }")).GetProperty("myMemberReports")[0];
        Assert.Equal("PENDING", pending.GetProperty("status").GetString());
        Assert.Empty(await MemberRolesAsync("m-pending1"));

        // A second request while one is pending is refused, and writes nothing.
        var events = await Host.EventCountAsync();
        var second = await member.SendAsync(Request, new { i = new { communityId = await demo.OrgAsync("顺丰翠园社区"), unitId = await demo.OrgAsync("广州白云康宁医院") } });
        Assert.Equal("CONFLICT", second.Code);
        Assert.Equal(events, await Host.EventCountAsync());

        using var community = await Host.SignInAsync("demo-community");
        var approved = (await community.DataAsync(Approve, new { i = new { reportId = pending.GetProperty("id").GetString() } })).GetProperty("approveMemberReport");
        Assert.Equal("APPROVED", approved.GetProperty("status").GetString());
        Assert.Equal(["金碧新城社区"], await MemberRolesAsync("m-pending1"));

        // Transfer: a new request to another community; approved there, the old report ends and the role moves.
        var transfer = (await member.DataAsync(Request, new
        {
            i = new { communityId = await demo.OrgAsync("顺丰翠园社区"), unitId = await demo.OrgAsync("广州白云康宁医院"), profile = new { skills = new[] { "LEGAL" } } },
        })).GetProperty("requestMemberReport");
        Assert.Equal("FORBIDDEN", (await community.SendAsync(Approve, new { i = new { reportId = transfer.GetProperty("id").GetString() } })).Code);
        using var street = await Host.SignInAsync("demo-street");
        await street.DataAsync(Approve, new { i = new { reportId = transfer.GetProperty("id").GetString(), expectedVersion = transfer.GetProperty("version").GetInt32() } });
        Assert.Equal(["顺丰翠园社区"], await MemberRolesAsync("m-pending1"));
        var history = (await member.DataAsync("{ myMemberReports { status } }")).GetProperty("myMemberReports").EnumerateArray()
            .Select(r => r.GetProperty("status").GetString()).ToArray();
        Assert.Equal(["APPROVED", "TRANSFERRED"], history);

        await member.DataAsync("mutation($i: ReportActionInput!) { withdrawMemberReport(input: $i) { status } }",
            new { i = new { reportId = transfer.GetProperty("id").GetString() } });
        Assert.Empty(await MemberRolesAsync("m-pending1"));
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_with_the_current_version()
    {
        using var community = await Host.SignInAsync("demo-community");
        var pending = (await community.DataAsync("query($o: ID!) { memberReports(organisationId: $o, status: PENDING) { id version } }",
            new { o = await demo.OrgAsync("金碧新城社区") })).GetProperty("memberReports");
        var report = pending.EnumerateArray().Last();
        var stale = await community.SendAsync(Approve, new { i = new { reportId = report.GetProperty("id").GetString(), expectedVersion = report.GetProperty("version").GetInt32() - 1 } });
        Assert.Equal("CONFLICT", stale.Code);
        Assert.Equal(report.GetProperty("version").GetInt32(), stale.Errors[0].GetProperty("extensions").GetProperty("currentVersion").GetInt32());
    }
}
