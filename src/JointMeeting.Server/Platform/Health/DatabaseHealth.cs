using System.Diagnostics;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.Platform.Health;

/// <summary>One round trip to PostgreSQL, bounded in time, so a lost database answers 503 quickly instead of hanging.</summary>
public sealed class DatabaseHealth(NpgsqlDataSource dataSource)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public sealed record Result(bool Ok, double LatencyMs, string? Error = null);

    public async Task<Result> CheckAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var cmd = dataSource.CreateCommand("SELECT 1");
            await cmd.ExecuteScalarAsync(timeout.Token).WaitAsync(Timeout, ct);
            return new Result(true, Math.Round(watch.Elapsed.TotalMilliseconds, 1));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = e is TimeoutException or OperationCanceledException ? "timed out" : DatabaseReachability.Reason(e);
            return new Result(false, Math.Round(watch.Elapsed.TotalMilliseconds, 1), reason);
        }
    }
}
