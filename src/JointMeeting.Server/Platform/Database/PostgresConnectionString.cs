using Npgsql;

namespace JointMeeting.Server.Platform.Database;

/// <summary>Reads ConnectionStrings__Postgres and fills in the defaults a server needs.</summary>
public static class PostgresConnectionString
{
    public const string Name = "Postgres";

    public static string From(IConfiguration configuration)
    {
        var raw = configuration.GetConnectionString(Name);
        if (string.IsNullOrWhiteSpace(raw))
            throw new PlatformStartupException(
                "ConnectionStrings__Postgres is not set. `npm start` supplies it from the private cluster; " +
                "to run the server alone, export it, e.g. ConnectionStrings__Postgres='Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…'.");
        var builder = new NpgsqlConnectionStringBuilder(raw);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = raw };
        // A lost database must fail a request within seconds, not after Npgsql's 15 s default.
        if (!given.ContainsKey("Timeout")) builder.Timeout = 5;
        if (!given.ContainsKey("Application Name")) builder.ApplicationName = "JointMeeting";
        // Npgsql's reset on returning a connection costs ~7 statements per append once statements are prepared
        // (measured: appends at 0.45 of pgbench with it, ~0.9 without). Nothing here leaves session state
        // behind: the event store and daemon release their own advisory locks and LISTENs.
        if (!given.ContainsKey("No Reset On Close")) builder.NoResetOnClose = true;
        if (!given.ContainsKey("Maximum Pool Size")) builder.MaxPoolSize = 100;
        // Statements a connection runs twice are prepared on it (kept, as nothing resets the connection): the hot
        // reads and writes then skip PostgreSQL's parse and plan and Npgsql's row-description parsing, as pgbench -M prepared does.
        if (!given.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = 200;
        if (!given.ContainsKey("Auto Prepare Min Usages")) builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }

    /// <summary>"host:port" for messages, without the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}";
    }
}
