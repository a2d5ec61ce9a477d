using System.Net.Sockets;
using Npgsql;

namespace JointMeeting.Server.Platform.Database;

/// <summary>Checks at startup that PostgreSQL answers, so "database down" is one readable line, not a stack trace.</summary>
public static class DatabaseReachability
{
    public static async Task EnsureReachableAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var connectionString = PostgresConnectionString.From(services.GetRequiredService<IConfiguration>());
        var where = PostgresConnectionString.Describe(connectionString);
        try
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            await using var conn = await dataSource.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT 1", conn);
            await cmd.ExecuteScalarAsync(ct);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or InvalidOperationException)
        {
            throw new PlatformStartupException($"Cannot reach PostgreSQL at {where} — {Reason(e)}", e);
        }
    }

    /// <summary>The innermost message that says what went wrong ("Connection refused", "password authentication failed …").</summary>
    public static string Reason(Exception e)
    {
        var messages = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
            if (!string.IsNullOrWhiteSpace(x.Message)) messages.Add(x.Message.Trim());
        var reason = messages.Count > 1 && messages[0].StartsWith("Failed to connect", StringComparison.Ordinal)
            ? messages[^1] : messages.FirstOrDefault() ?? e.GetType().Name;
        return reason.TrimEnd('.');
    }
}
