using System.Text.Json;
using JointMeeting.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JointMeeting.Server.Tests.Platform;

/// <summary>
/// The real server (Program) in memory, on a fresh database of the test cluster. Mail goes to the real
/// SMTP sink when <c>smtp</c> is true; the outbox polls fast and backs off briefly so tests stay quick.
/// </summary>
public sealed class PlatformHost : IAsyncDisposable
{
    private PlatformHost(TestDatabase database, WebApplicationFactory<Program> factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public IServiceProvider Services => Factory.Services;

    public static async Task<PlatformHost> StartAsync(bool smtp = true, Action<IServiceCollection>? services = null)
    {
        var database = await TestDatabase.CreateAsync("platform");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            ["MailOutbox:PollInterval"] = "00:00:00.300",
            ["MailOutbox:InitialBackoff"] = "00:00:00.500",
            ["MailOutbox:MaxBackoff"] = "00:00:01",
            ["MailOutbox:NotSentNoticeInterval"] = "00:00:01",
            ["Smtp:From"] = "JointMeeting Tests <tests@jointmeeting.local>",
        };
        if (smtp)
        {
            settings["Smtp:Host"] = "127.0.0.1";
            settings["Smtp:Port"] = SmtpSink.Port.ToString();
        }
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
            if (services is not null) web.ConfigureServices(services);
        });
        _ = factory.Server; // starts the host: migrations, Quartz, outbox job
        return new PlatformHost(database, factory);
    }

    public HttpClient CreateClient() => Factory.CreateClient();

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(path);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Tests that count what the one SMTP sink received run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SmtpSinkCollection
{
    public const string Name = "SMTP sink";
}

/// <summary>
/// Tests that STOP the shared SMTP sink run alone (no other collection in parallel), so the outage they
/// cause never delays another feature's mail past its test's deadline.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SmtpOutageCollection
{
    public const string Name = "SMTP outage";
}

internal static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for: {what}");
            await Task.Delay(100);
        }
    }
}

/// <summary>PostgreSQL going away for one database: new connections refused, open ones ended; and coming back.</summary>
internal static class DatabaseOutage
{
    public static Task BeginAsync(string database) => SetAsync(database, allowed: false);

    public static Task EndAsync(string database) => SetAsync(database, allowed: true);

    private static async Task SetAsync(string database, bool allowed)
    {
        await using var conn = new NpgsqlConnection(TestDatabase.AdminConnectionString);
        await conn.OpenAsync();
        await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {allowed}", conn);
        await alter.ExecuteNonQueryAsync();
        if (allowed) return;
        await using var kill = new NpgsqlCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", conn);
        kill.Parameters.Add(new() { Value = database });
        await kill.ExecuteNonQueryAsync();
    }
}
