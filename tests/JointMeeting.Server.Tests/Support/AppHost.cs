using JointMeeting.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JointMeeting.Server.Tests.Support;

/// <summary>
/// The real server on real Kestrel (a free loopback port) over a fresh database of the test cluster, with
/// mail to the real SMTP sink. Feature tests talk to it the way the web client does: HTTP, cookies,
/// WebSocket, SignalR. Share one per test class (<c>IClassFixture&lt;AppHostFixture&gt;</c>) — start-up
/// with the demo takes a few seconds.
/// </summary>
public sealed class AppHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _ownsDatabase;

    private AppHost(TestDatabase database, WebApplicationFactory<Program> factory, Uri baseAddress, bool ownsDatabase = true)
    {
        Database = database;
        _factory = factory;
        BaseAddress = baseAddress;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    /// <param name="demo">Load the demo from seeds/ (the demo accounts of API.md) as `npm start` does.</param>
    /// <param name="settings">Extra configuration, e.g. a points rule or the clock.</param>
    public static async Task<AppHost> StartAsync(bool demo = true, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) =>
        await StartCoreAsync(await TestDatabase.CreateAsync("app"), ownsDatabase: true, demo, settings, services);

    /// <summary>
    /// A second (third …) server node on a database another host already uses, like two instances behind a load
    /// balancer. The database stays with its creator: disposing this host leaves it alone.
    /// </summary>
    public static Task<AppHost> StartOnAsync(TestDatabase database, bool demo = false, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null) =>
        StartCoreAsync(database, ownsDatabase: false, demo, settings, services);

    private static async Task<AppHost> StartCoreAsync(TestDatabase database, bool ownsDatabase, bool demo,
        IDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
            // A free loopback port: without it the server's PORT default (5080) is taken by whatever else runs here.
            ["urls"] = "http://127.0.0.1:0",
            ["Seeds:Demo"] = demo ? "true" : "false",
            ["MailOutbox:PollInterval"] = "00:00:00.300",
            ["MailOutbox:InitialBackoff"] = "00:00:00.500",
            ["MailOutbox:MaxBackoff"] = "00:00:01",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = SmtpSink.Port.ToString(),
            ["Smtp:From"] = "JointMeeting Tests <tests@jointmeeting.local>",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.ConfigureAppConfiguration((_, c) => c.AddInMemoryCollection(config));
            if (services is not null) web.ConfigureServices(services);
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = new Uri(factory.ClientOptions.BaseAddress.ToString().Replace("localhost", "127.0.0.1"));
        var host = new AppHost(database, factory, address, ownsDatabase);
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>A new browser-like client: its own cookie jar, so each is a separate session.</summary>
    public GraphQLClient NewClient() => new(BaseAddress);

    /// <summary>A client signed in as <paramref name="login"/> (demo password unless given).</summary>
    public async Task<GraphQLClient> SignInAsync(string login, string? password = null)
    {
        var client = NewClient();
        await client.LoginAsync(login, password ?? DemoPassword);
        return client;
    }

    public static string DemoPassword => Environment.GetEnvironmentVariable("JM_DEMO_PASSWORD") ?? "JointMeeting!2026";

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        foreach (var p in parameters) cmd.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Events in the store: the "nothing written" check of authorization and validation tests.</summary>
    public Task<long> EventCountAsync() => ScalarAsync<long>("SELECT count(*) FROM events.events");

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server did not become healthy within 120 s");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
    }
}

/// <summary>One <see cref="AppHost"/> (with the demo) shared by the tests of a class.</summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    public AppHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await AppHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
