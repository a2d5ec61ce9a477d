using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JointMeeting.Server.Tests.Seeds;

/// <summary>The whole demo as `npm start` loads it: every feature's steps, stopping only at a step no feature handles yet.</summary>
public sealed class WholeDemoTests(AppHostFixture fixture, ITestOutputHelper output) : IClassFixture<AppHostFixture>
{
    [Fact]
    public async Task The_whole_demo_loads_without_a_failing_step()
    {
        var result = fixture.Host.Services.GetRequiredService<SeedHostedService>().LastResult;
        Assert.NotNull(result);
        output.WriteLine($"{result.Ran} of {result.Total} commands in {result.Took.TotalSeconds:F1} s; stopped at: {result.StoppedAt ?? "-"} {result.Error}");
        JointMeeting.Testing.Figures.Report($"Demo: {result.Ran} of {result.Total} seed commands through the real deciders in {result.Took.TotalSeconds:F1} s");
        Assert.Null(result.Error);
        Assert.True(result.Ran > 0);
        Assert.Equal(59L, await fixture.Host.ScalarAsync<long>("SELECT count(*) FROM org_organisations"));
        Assert.Equal(43L, await fixture.Host.ScalarAsync<long>("SELECT count(*) FROM account_accounts"));
    }
}
