using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.EventStore;

/// <summary>
/// Sends one NOTIFY after appends commit, coalescing: the first append after a quiet spell notifies at once; appends
/// during a send or within <c>interval</c> after it are covered by the next one. So writers never wait for it, and a busy
/// store sends at most one notification per interval instead of one extra transaction per append.
/// </summary>
/// <remarks>
/// Not sent inside the append's transaction on purpose: PostgreSQL serialises committing transactions that
/// notify (one global lock), which would cap append throughput. A notification lost here (crash between commit and
/// notify) only delays listeners until their next poll; it never loses an event, because they read by position.
/// Commits are counted, not compared by sequence: sequences are taken at insert, so a slow transaction can commit an
/// earlier sequence after a later one was notified, and its events become readable only then.
/// </remarks>
internal sealed class AppendNotifier : IAsyncDisposable
{
    // Asynchronous commit: the notification carries no data worth a disk flush.
    private const string NotifySql = "SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, $2)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _channel;
    private readonly ILogger _logger;
    private readonly TimeSpan _interval;
    private long _highestCommitted;
    private long _commits;
    private long _commitsSent;
    private int _sending;
    private Task _pump = Task.CompletedTask;

    public AppendNotifier(NpgsqlDataSource dataSource, string channel, TimeSpan interval, ILogger logger)
    {
        _interval = interval;
        _dataSource = dataSource;
        _channel = channel;
        _logger = logger;
    }

    /// <summary>Records that events up to <paramref name="sequence"/> committed, starting a send unless one is running.</summary>
    public void Signal(long sequence)
    {
        InterlockedMax(ref _highestCommitted, sequence);
        Interlocked.Increment(ref _commits);
        if (Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
            _pump = Task.Run(PumpAsync);
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            var commits = Volatile.Read(ref _commits);
            if (commits > _commitsSent)
            {
                // The payload (the highest sequence committed so far) is for diagnostics; listeners read by position.
                await SendAsync(Volatile.Read(ref _highestCommitted));
                _commitsSent = commits;
                await Task.Delay(_interval);
                continue;
            }
            Volatile.Write(ref _sending, 0);
            // A Signal between the read above and the release saw _sending == 1 and left; pick its work up.
            if (Volatile.Read(ref _commits) <= _commitsSent || Interlocked.CompareExchange(ref _sending, 1, 0) != 0)
                return;
        }
    }

    private async Task SendAsync(long sequence)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(NotifySql, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = _channel, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = sequence.ToString(), NpgsqlDbType = NpgsqlDbType.Text });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e)
        {
            // Listeners fall back to polling; failing the append that already committed would be wrong.
            _logger.LogWarning(e, "Could not notify channel {Channel} of sequence {Sequence}", _channel, sequence);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }

    public async ValueTask DisposeAsync() => await _pump;
}
