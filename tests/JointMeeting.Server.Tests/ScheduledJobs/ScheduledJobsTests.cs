using JointMeeting.Server.Tests.Support;

namespace JointMeeting.Server.Tests.ScheduledJobs;

public sealed class ScheduledJobsTests(AppHostFixture fixture) : IClassFixture<AppHostFixture>
{
    private const string JobsQuery = "{ scheduledJobs { key nextFireTime lastResult runCount failureCount triggers { state } } }";

    [Fact]
    public async Task An_admin_sees_every_job_with_its_next_fire_time_and_can_run_one_now()
    {
        using var admin = await fixture.Host.SignInAsync("demo-admin");
        var jobs = (await admin.DataAsync(JobsQuery)).GetProperty("scheduledJobs").EnumerateArray().ToList();
        var outbox = Assert.Single(jobs, j => j.GetProperty("key").GetString()!.Contains("outbox", StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, outbox.GetProperty("nextFireTime").ValueKind);

        var key = outbox.GetProperty("key").GetString();
        var ran = await admin.DataAsync("mutation($k: String!) { runJobNow(input: { key: $k }) { key } }", new { k = key });
        Assert.Equal(key, ran.GetProperty("runJobNow").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Anyone_else_is_refused_and_anonymous_callers_must_sign_in()
    {
        using var member = await fixture.Host.SignInAsync("demo-member");
        Assert.Equal("FORBIDDEN", (await member.SendAsync(JobsQuery)).Code);
        using var community = await fixture.Host.SignInAsync("demo-community");
        Assert.Equal("FORBIDDEN", (await community.SendAsync(JobsQuery)).Code);
        using var anonymous = fixture.Host.NewClient();
        Assert.Equal("UNAUTHENTICATED", (await anonymous.SendAsync(JobsQuery)).Code);
    }

    [Fact]
    public async Task Running_an_unknown_job_is_not_found()
    {
        using var admin = await fixture.Host.SignInAsync("demo-admin");
        var response = await admin.SendAsync("mutation { runJobNow(input: { key: \"DEFAULT.no-such-job\" }) { key } }");
        Assert.Equal("NOT_FOUND", response.Code);
    }
}
