using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace JointMeeting.Server.Tests.Platform;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_database_projections_and_outbox()
    {
        await using var host = await PlatformHost.StartAsync(smtp: false);
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("database").GetProperty("ok").GetBoolean());
        Assert.True(body.GetProperty("database").GetProperty("latencyMs").GetDouble() >= 0);
        // The daemon reports its role (this node leads unless another holds the lock) and each projection's lag.
        Assert.Contains(body.GetProperty("projections").GetProperty("role").GetString(), new[] { "leader", "standby" });
        Assert.Equal(System.Text.Json.JsonValueKind.Array, body.GetProperty("projections").GetProperty("projections").ValueKind);
        Assert.Equal(0, body.GetProperty("outbox").GetProperty("backlog").GetInt64());
        Assert.Equal(0, body.GetProperty("outbox").GetProperty("oldestAgeSeconds").GetDouble());
    }

    [Fact]
    public async Task Database_lost_answers_503_quickly_and_the_server_recovers_when_it_returns()
    {
        await using var host = await PlatformHost.StartAsync(smtp: false);
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await DatabaseOutage.BeginAsync(host.Database.Name);
        try
        {
            var watch = Stopwatch.StartNew();
            using var down = await client.GetAsync("/health");
            watch.Stop();
            var body = JsonDocument.Parse(await down.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("unhealthy", body.GetProperty("status").GetString());
            Assert.False(body.GetProperty("database").GetProperty("ok").GetBoolean());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"/health took {watch.Elapsed} with the database gone");
        }
        finally
        {
            await DatabaseOutage.EndAsync(host.Database.Name);
        }

        // Pooled connections died with their backends; the pool must not hand them out again.
        await Eventually.HoldsAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(15), "/health to answer 200 once the database is back");
    }
}
