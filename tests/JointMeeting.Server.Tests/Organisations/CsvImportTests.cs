using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JointMeeting.Server.Tests.Support;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Organisations;

/// <summary>CSV imports over HTTP: encoding and header errors, scope, the exact per-row report, and 50 000 members.</summary>
public sealed partial class CsvImportTests(DemoHostFixture demo, ITestOutputHelper output) : IClassFixture<DemoHostFixture>
{
    private const string ImportMembers = """
        mutation($i: ImportInput!) { importMembers(input: $i) { id status total valid processed failed errorCount errors(first: 100) { row column reason } } }
        """;

    private AppHost Host => demo.Host;

    private static async Task<string> UploadAsync(GraphQLClient client, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.Http.PostAsync("imports/uploads", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
    }

    /// <summary>50 000 members of 金碧新城社区 with five bad rows at known places.</summary>
    private static (byte[] Bytes, (int Row, string Column)[] Bad) GenerateMembers(int count)
    {
        var sb = new StringBuilder("\uFEFF姓名,手机,单位,社区,网格,楼栋,特长,邮箱\r\n");
        string[] units = ["广州白云康宁医院", "石井街文化站", "白云公安分局石井派出所"];
        for (var i = 0; i < count; i++)
        {
            var phone = $"137{i:D8}";
            var unit = units[i % units.Length];
            var (grid, building) = i % 3 == 0 ? ("金碧新城第一网格", "金碧新城1栋") : ("", "");
            var skills = i % 2 == 0 ? "医疗、IT" : "";
            if (i == 100) phone = "12345";
            if (i == 20_000) unit = "不存在的单位";
            if (i == 30_000) phone = "13700000000"; // the first row's phone again
            if (i == 45_000) skills = "魔法";
            if (i == 49_999) (grid, building) = ("", "金碧新城1栋");
            sb.Append($"党员{i},{phone},{unit},金碧新城社区,{grid},{building},\"{skills}\",m{i}@import.test\r\n");
        }
        // Rows count the header as row 1: data index i is row i + 2.
        return (Encoding.UTF8.GetBytes(sb.ToString()), [(102, "手机"), (20_002, "单位"), (30_002, "手机"), (45_002, "特长"), (50_001, "楼栋")]);
    }

    [Fact]
    public async Task Fifty_thousand_members_with_bad_rows_report_exactly_and_write_nothing_then_the_valid_rows_import()
    {
        using var admin = await Host.SignInAsync("demo-admin");
        var district = await demo.OrgAsync("白云区");
        var (bytes, bad) = GenerateMembers(50_000);
        var upload = await UploadAsync(admin, bytes);

        var events = await Host.EventCountAsync();
        var watch = Stopwatch.StartNew();
        var rejected = (await admin.DataAsync(ImportMembers, new { i = new { organisationId = district, uploadId = upload } })).GetProperty("importMembers");
        output.WriteLine($"validation of 50 000 rows: {watch.ElapsedMilliseconds} ms");
        JointMeeting.Testing.Figures.Report($"CSV import: validating 50 000 member rows (5 bad) took {watch.ElapsedMilliseconds} ms");
        Assert.Equal("REJECTED", rejected.GetProperty("status").GetString());
        Assert.Equal(50_000, rejected.GetProperty("total").GetInt32());
        Assert.Equal(49_995, rejected.GetProperty("valid").GetInt32());
        var errors = rejected.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!)).ToArray();
        Assert.Equal(bad, errors);
        Assert.Equal(events, await Host.EventCountAsync());

        watch.Restart();
        var job = (await admin.DataAsync(ImportMembers, new { i = new { organisationId = district, uploadId = upload, importValidRows = true } }))
            .GetProperty("importMembers");
        Assert.Equal("RUNNING", job.GetProperty("status").GetString());
        var id = job.GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddMinutes(30);
        var lastProgress = -1;
        JsonElement state;
        while (true)
        {
            state = (await admin.DataAsync("query($id: ID!) { importJob(id: $id) { status processed failed valid tookMs } }", new { id })).GetProperty("importJob");
            var processed = state.GetProperty("processed").GetInt32();
            if (processed != lastProgress) { output.WriteLine($"{watch.Elapsed.TotalSeconds:F0}s: {processed} rows"); lastProgress = processed; }
            if (state.GetProperty("status").GetString() != "RUNNING") break;
            Assert.True(DateTime.UtcNow < deadline, "the import did not finish in 30 minutes");
            await Task.Delay(2000);
        }
        output.WriteLine($"import of 49 995 members (4 commands each): {watch.Elapsed.TotalSeconds:F1} s");
        JointMeeting.Testing.Figures.Report($"CSV import: writing 49 995 members (4 commands each) took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal("DONE", state.GetProperty("status").GetString());
        Assert.Equal(49_995, state.GetProperty("processed").GetInt32());
        Assert.Equal(0, state.GetProperty("failed").GetInt32());
        Assert.Equal(49_995L, await Host.ScalarAsync<long>("SELECT count(*) FROM reporting_members WHERE person_id IN (SELECT person_id FROM account_accounts WHERE phone LIKE '137%')"));
        Assert.Equal(49_995L, await Host.ScalarAsync<long>("SELECT count(*) FROM account_grants g JOIN account_accounts a ON a.id = g.account_id WHERE g.role = 'Member' AND a.phone LIKE '137%'"));
    }

    [Fact]
    public async Task A_gbk_file_and_missing_columns_are_validation_errors_and_an_outsider_is_forbidden()
    {
        using var community = await Host.SignInAsync("demo-community");
        var jinbi = await demo.OrgAsync("金碧新城社区");
        var events = await Host.EventCountAsync();

        // "姓名,手机" in GBK: bytes that are not UTF-8.
        var gbk = new byte[] { 0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xCA, 0xD6, 0xBB, 0xFA, 0x0D, 0x0A };
        var encoding = await community.SendAsync(ImportMembers, new { i = new { organisationId = jinbi, file = Convert.ToBase64String(gbk) } });
        Assert.Equal("VALIDATION", encoding.Code);
        Assert.Contains("UTF-8", encoding.Errors[0].GetProperty("extensions").GetProperty("fields").GetProperty("file").GetString());

        var noColumns = Encoding.UTF8.GetBytes("姓名,邮箱\n张三,a@b.test\n");
        var missing = await community.SendAsync(ImportMembers, new { i = new { organisationId = jinbi, file = Convert.ToBase64String(noColumns) } });
        Assert.Equal("VALIDATION", missing.Code);
        var fields = missing.Errors[0].GetProperty("extensions").GetProperty("fields");
        Assert.True(fields.TryGetProperty("手机", out _) && fields.TryGetProperty("单位", out _) && fields.TryGetProperty("社区", out _), fields.ToString());

        var street = await demo.OrgAsync("石井街道");
        var csv = Convert.ToBase64String(Encoding.UTF8.GetBytes("姓名,手机,单位,社区\n张三,13911112222,广州白云康宁医院,金碧新城社区\n"));
        Assert.Equal("FORBIDDEN", (await community.SendAsync(ImportMembers, new { i = new { organisationId = street, file = csv } })).Code);
        using var member = await Host.SignInAsync("demo-member");
        Assert.Equal("FORBIDDEN", (await member.SendAsync(ImportMembers, new { i = new { organisationId = jinbi, file = csv } })).Code);
        Assert.Equal(events, await Host.EventCountAsync());
    }

    [Fact]
    public async Task Rows_outside_the_importers_community_are_reported_and_organisations_import_in_file_order()
    {
        using var community = await Host.SignInAsync("demo-community");
        var jinbi = await demo.OrgAsync("金碧新城社区");
        var csv = "姓名,手机,单位,社区\n李四,13922223333,广州白云康宁医院,顺丰翠园社区\n";
        var job = (await community.DataAsync(ImportMembers, new { i = new { organisationId = jinbi, file = Convert.ToBase64String(Encoding.UTF8.GetBytes(csv)) } }))
            .GetProperty("importMembers");
        Assert.Equal("REJECTED", job.GetProperty("status").GetString());
        Assert.Equal("社区", job.GetProperty("errors")[0].GetProperty("column").GetString());

        using var admin = await Host.SignInAsync("demo-admin");
        var orgs = "名称,类型,上级\n新建街道,街道,白云区\n新建社区,社区,新建街道\n新建网格,网格,新建社区\n";
        var created = (await admin.DataAsync("mutation($i: ImportInput!) { importOrganisations(input: $i) { id status } }",
            new { i = new { organisationId = await demo.OrgAsync("白云区"), file = Convert.ToBase64String(Encoding.UTF8.GetBytes(orgs)) } })).GetProperty("importOrganisations");
        var id = created.GetProperty("id").GetString();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await admin.DataAsync("query($id: ID!) { importJob(id: $id) { status } }", new { id })).GetProperty("importJob").GetProperty("status").GetString() == "RUNNING")
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(200);
        }
        Assert.Equal(await demo.OrgAsync("新建街道"), await Host.ScalarAsync<string>(
            "SELECT street_id FROM org_organisations WHERE name = '新建网格'"));
    }
}
