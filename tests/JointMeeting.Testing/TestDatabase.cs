using Npgsql;

namespace JointMeeting.Testing;

/// <summary>
/// A fresh, empty database on the test run's PostgreSQL cluster, dropped on dispose.
/// The cluster comes from ConnectionStrings__Postgres (set by `npm test`); a test never
/// silently skips: without it, creating a database fails with a message saying how to run.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private TestDatabase(string admin, string name, string connectionString)
    {
        _adminConnectionString = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException(
            "ConnectionStrings__Postgres is not set. Run the suites with `npm test`, which starts a throwaway cluster, " +
            "or export it pointing at a PostgreSQL 15 server where the user may CREATE DATABASE.");

    public static async Task<TestDatabase> CreateAsync(string prefix = "t")
    {
        var admin = AdminConnectionString;
        var name = $"jm_{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 36)].ToLowerInvariant();
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 200 }.ConnectionString;
        return new TestDatabase(admin, name, cs);
    }

    public NpgsqlDataSource CreateDataSource() => NpgsqlDataSource.Create(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_adminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
