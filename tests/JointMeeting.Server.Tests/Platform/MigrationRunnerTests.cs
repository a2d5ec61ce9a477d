using JointMeeting.Server.Platform.Database.Migrations;
using JointMeeting.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JointMeeting.Server.Tests.Platform;

public sealed class MigrationRunnerTests
{
    private static readonly IReadOnlyList<Migration> ServerMigrations = EmbeddedMigrations.From([typeof(Program).Assembly]);

    private static MigrationRunner Runner(NpgsqlDataSource dataSource, IReadOnlyList<Migration>? migrations = null) =>
        new(dataSource, migrations ?? ServerMigrations, NullLogger<MigrationRunner>.Instance);

    [Fact]
    public void Platform_migrations_are_found_by_resource_name_in_version_order()
    {
        Assert.Contains(ServerMigrations, m => m.Version == 1 && m.Name == "quartz_schema");
        Assert.Contains(ServerMigrations, m => m.Version == 2 && m.Name == "mail_outbox");
        Assert.Equal(ServerMigrations.OrderBy(m => m.Version).Select(m => m.Version), ServerMigrations.Select(m => m.Version));
    }

    [Fact]
    public async Task Applies_each_migration_once_and_a_second_run_does_nothing()
    {
        await using var db = await TestDatabase.CreateAsync("mig");
        await using var dataSource = db.CreateDataSource();

        var first = await Runner(dataSource).RunAsync();
        var second = await Runner(dataSource).RunAsync();

        Assert.Equal(ServerMigrations.Select(m => m.Version), first.Select(m => m.Version));
        Assert.Empty(second);
        await using var cmd = dataSource.CreateCommand("SELECT version, checksum FROM schema_migrations ORDER BY version");
        await using var reader = await cmd.ExecuteReaderAsync();
        var recorded = new List<(int, string)>();
        while (await reader.ReadAsync()) recorded.Add((reader.GetInt32(0), reader.GetString(1)));
        Assert.Equal(ServerMigrations.Select(m => (m.Version, m.Checksum)), recorded);
    }

    [Fact]
    public async Task Runners_racing_on_one_database_apply_each_migration_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync("migrace");
        // Separate data sources: like separate nodes, each with its own connections.
        var sources = Enumerable.Range(0, 4).Select(_ => db.CreateDataSource()).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var runs = sources.Select(s => Task.Run(async () => { await start.WaitAsync(); return await Runner(s).RunAsync(); })).ToList();
            start.Release(runs.Count);
            var applied = (await Task.WhenAll(runs)).SelectMany(r => r).ToList();

            Assert.Equal(ServerMigrations.Count, applied.Count);
            Assert.Equal(ServerMigrations.Select(m => m.Version), applied.Select(m => m.Version).Order());
            await using var count = sources[0].CreateCommand("SELECT count(*) FROM schema_migrations");
            Assert.Equal((long)ServerMigrations.Count, (long)(await count.ExecuteScalarAsync())!);
        }
        finally
        {
            foreach (var s in sources) await s.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_migration_edited_after_it_was_applied_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync("migedit");
        await using var dataSource = db.CreateDataSource();
        var original = new Migration(500, "things", "CREATE TABLE things (id int)", "test");
        await Runner(dataSource, [original]).RunAsync();

        var edited = original with { Sql = "CREATE TABLE things (id bigint)" };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(dataSource, [edited]).RunAsync());
        Assert.Contains("0500_things", error.Message);
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_half_applied()
    {
        await using var db = await TestDatabase.CreateAsync("migfail");
        await using var dataSource = db.CreateDataSource();
        var broken = new Migration(501, "broken", "CREATE TABLE half (id int); SELECT no_such_function();", "test");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(dataSource, [broken]).RunAsync());
        Assert.Contains("0501_broken", error.Message);
        await using var cmd = dataSource.CreateCommand("SELECT to_regclass('half') IS NULL AND NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 501)");
        Assert.True((bool)(await cmd.ExecuteScalarAsync())!);
    }
}
