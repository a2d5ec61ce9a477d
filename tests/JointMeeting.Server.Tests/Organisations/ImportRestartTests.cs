using System.Text;
using System.Text.Json;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>
/// An import running when its server stops does not stay RUNNING forever: it becomes INTERRUPTED with a message,
/// and importing the same file again (valid rows only) writes the remaining rows without a duplicate.
/// </summary>
public sealed class ImportRestartTests(ITestOutputHelper output)
{
    private const int Members = 6_000;
    private static readonly Dictionary<string, string?> DemoOrganisations = new() { ["Seeds:Features"] = "Organisations,Accounts,Reporting" };
    private const string Job = "query($id: ID!) { importJob(id: $id) { status processed valid failed errorCount message errors(first: 3) { column reason } } }";

    private static byte[] MembersCsv()
    {
        var sb = new StringBuilder("姓名,手机,单位,社区\n");
        for (var i = 0; i < Members; i++) sb.Append($"重启{i},136{i:D8},广州白云康宁医院,金碧新城社区\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static async Task<JsonElement> ImportAsync(GraphQLClient admin, string district, string file) =>
        (await admin.DataAsync("mutation($i: ImportInput!) { importMembers(input: $i) { id status } }",
            new { i = new { organisationId = district, file, importValidRows = true } })).GetProperty("importMembers");

    private static async Task<JsonElement> PollAsync(GraphQLClient admin, string id, Func<JsonElement, bool> until, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var job = (await admin.DataAsync(Job, new { id })).GetProperty("importJob");
            if (until(job)) return job;
            Assert.True(DateTime.UtcNow < deadline, $"import job still {job}");
            await Task.Delay(100);
        }
    }

    private static Task<long> MembersWrittenAsync(AppHost host) =>
        host.ScalarAsync<long>("SELECT count(*) FROM account_accounts WHERE phone LIKE '136%'");

    [Fact]
    public async Task A_restart_mid_import_marks_it_interrupted_and_the_same_file_again_completes_it_without_duplicates()
    {
        await using var database = await TestDatabase.CreateAsync("imports");
        var file = Convert.ToBase64String(MembersCsv());
        string id, district;
        await using (var first = await AppHost.StartOnAsync(database, demo: true, DemoOrganisations))
        {
            using var admin = await first.SignInAsync("demo-admin");
            district = await first.ScalarAsync<string>("SELECT id FROM org_organisations WHERE name = '白云区'");
            id = (await ImportAsync(admin, district, file)).GetProperty("id").GetString()!;
            // Stop the server once some rows are written and many are not.
            await PollAsync(admin, id, j => j.GetProperty("processed").GetInt32() > 0, TimeSpan.FromMinutes(2));
        }

        await using var second = await AppHost.StartOnAsync(database);
        using var again = await second.SignInAsync("demo-admin");
        var interrupted = (await again.DataAsync(Job, new { id })).GetProperty("importJob");
        output.WriteLine(interrupted.ToString());
        Assert.Equal("INTERRUPTED", interrupted.GetProperty("status").GetString());
        var processed = interrupted.GetProperty("processed").GetInt32();
        Assert.InRange(processed, 1, Members - 1);
        Assert.Contains("只导入有效行", interrupted.GetProperty("message").GetString());
        var written = await MembersWrittenAsync(second);
        Assert.Equal(processed, written); // progress saved on stop: every row counted is a whole member, and only those

        var resumed = await ImportAsync(again, district, file);
        var done = await PollAsync(again, resumed.GetProperty("id").GetString()!, j => j.GetProperty("status").GetString() != "RUNNING", TimeSpan.FromMinutes(5));
        Assert.Equal("DONE", done.GetProperty("status").GetString());
        Assert.Equal(Members - written, done.GetProperty("valid").GetInt32());
        Assert.Equal(written, done.GetProperty("errorCount").GetInt32()); // the rows already there, named as such
        Assert.Equal("手机", done.GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(Members, await MembersWrittenAsync(second));
        Assert.Equal((long)Members, await second.ScalarAsync<long>(
            "SELECT count(DISTINCT a.id) FROM account_grants g JOIN account_accounts a ON a.id = g.account_id WHERE g.role = 'Member' AND a.phone LIKE '136%'"));
    }

    [Fact]
    public async Task A_job_whose_server_died_without_stopping_is_marked_interrupted_once_its_heartbeat_is_stale()
    {
        await using var host = await AppHost.StartAsync(demo: false);
        await using (var insert = host.DataSource.CreateCommand("""
            INSERT INTO import_jobs (id, kind, organisation_id, account_id, status, total, valid, processed, created_at, worker_id, heartbeat_at)
            VALUES ('dead-job', 'Members', 'org', 'acct', 'Running', 10, 10, 4, now() - interval '1 hour', 'dead-node', now() - interval '1 hour'),
                   ('live-job', 'Members', 'org', 'acct', 'Running', 10, 10, 4, now(), 'live-node', now())
            """))
            await insert.ExecuteNonQueryAsync();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await host.ScalarAsync<string>("SELECT status FROM import_jobs WHERE id = 'dead-job'") == "Running")
        {
            Assert.True(DateTime.UtcNow < deadline, "the dead node's job stayed RUNNING");
            await Task.Delay(200);
        }
        Assert.Equal("Interrupted", await host.ScalarAsync<string>("SELECT status FROM import_jobs WHERE id = 'dead-job'"));
        Assert.Contains("已处理 4 / 10 行", await host.ScalarAsync<string>("SELECT message FROM import_jobs WHERE id = 'dead-job'"));
        Assert.Equal("Running", await host.ScalarAsync<string>("SELECT status FROM import_jobs WHERE id = 'live-job'"));
    }
}
