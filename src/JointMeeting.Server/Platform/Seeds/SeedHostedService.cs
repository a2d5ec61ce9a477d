using Npgsql;

namespace JointMeeting.Server.Platform.Seeds;

/// <summary>
/// Loads the demo at start-up into an empty event store, unless Seeds:Demo is false. It runs before
/// Kestrel listens (hosted services start first), so the first request already sees the demo. A failing
/// load is logged and the server starts anyway: an operator sees why in the log.
/// Seeds:Directory overrides where the files are; Seeds:Features limits the load to some feature folders;
/// Seeds:Now fixes the load moment (ISO time) for a reproducible demo.
/// </summary>
public sealed class SeedHostedService(
    SeedLoader loader, NpgsqlDataSource db, IConfiguration config, TimeProvider clock, ILogger<SeedHostedService> logger) : IHostedService
{
    /// <summary>Serialises loads across nodes starting together on one database.</summary>
    private const long LockKey = 0x4A4D_5345_4544; // "JMSEED"

    public SeedLoadResult? LastResult { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        if (!config.GetValue("Seeds:Demo", true)) return;
        var directory = SeedDirectory(config);
        if (directory is null)
        {
            logger.LogWarning("Demo seeds: no seeds directory found (set Seeds:Directory); starting without the demo");
            return;
        }
        try
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using (var lockCmd = new NpgsqlCommand("SELECT pg_advisory_lock(@k)", conn))
            {
                lockCmd.Parameters.AddWithValue("k", LockKey);
                await lockCmd.ExecuteNonQueryAsync(ct);
            }
            try
            {
                await using var empty = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM events.events)", conn);
                if (!(bool)(await empty.ExecuteScalarAsync(ct))!)
                {
                    logger.LogInformation("Demo seeds: the event store is not empty; nothing loaded");
                    return;
                }
                var moment = config["Seeds:Now"] is { Length: > 0 } fixedNow ? DateTimeOffset.Parse(fixedNow) : clock.GetUtcNow();
                var only = config["Seeds:Features"] is { Length: > 0 } list
                    ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet()
                    : null;
                LastResult = await loader.LoadAsync(directory, moment, only, ct);
            }
            finally
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@k)", conn);
                unlock.Parameters.AddWithValue("k", LockKey);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Demo seeds: the load could not run: {Message}", e.Message);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Seeds:Directory, else seeds/ of the repository this server was built in (found by JointMeeting.sln).</summary>
    public static string? SeedDirectory(IConfiguration config)
    {
        if (config["Seeds:Directory"] is { Length: > 0 } configured) return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln")))
                return Directory.Exists(Path.Combine(dir.FullName, "seeds")) ? Path.Combine(dir.FullName, "seeds") : null;
        return null;
    }
}

public sealed class SeedsRegistration : IFeature
{
    public void Register(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddSingleton<SeedHostedService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SeedHostedService>());
    }
}
