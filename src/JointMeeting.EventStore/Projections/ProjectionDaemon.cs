using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>
/// Applies the async projections after commit, on one node at a time. Every node runs one; the one holding a
/// PostgreSQL session advisory lock leads, the others retry the lock as standbys and take over within about
/// <see cref="ProjectionDaemonOptions.StandbyRetryInterval"/> after the leader's session ends.
/// Start it as a hosted service, or call <see cref="BackgroundService.StartAsync"/> / <see cref="BackgroundService.StopAsync"/> directly.
/// </summary>
/// <remarks>
/// The leader applies every batch on the very connection that holds the lock, so a batch can only commit while
/// that session (and so the leadership) is alive; progress is also compared-and-set, so even an overlap could not
/// apply an event twice.
/// </remarks>
public sealed class ProjectionDaemon : BackgroundService
{
    private readonly PostgresEventStore _store;
    private readonly ProjectionDaemonOptions _settings;
    private readonly ProgressSql _progress;
    private readonly IReadOnlyList<ProjectionRunner> _runners;
    private readonly IReadOnlyList<string> _names;
    private readonly long _lockKey;
    private readonly ILogger _logger;
    private volatile int _leaderProcessId;

    /// <summary>Creates a daemon for the store's <see cref="EventStoreOptions.AsyncProjections"/> plus <paramref name="projections"/>.</summary>
    public ProjectionDaemon(PostgresEventStore store, IEnumerable<IAsyncProjection>? projections = null, ILogger<ProjectionDaemon>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        var options = store.Options;
        _settings = options.Daemon;
        _progress = new ProgressSql(options.Schema);
        _lockKey = AdvisoryKeys.DaemonLeader(options.Schema);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var all = options.AsyncProjections.Concat(projections ?? []).Distinct().ToList();
        var duplicate = all.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Two async projections are named '{duplicate.Key}'; names key their progress and must be unique.");
        _runners = all.Select(p => new ProjectionRunner(p, options.Events)).ToList();
        _names = _runners.Select(r => r.Projection.Name).ToList();
    }

    /// <summary>This node's current role.</summary>
    public DaemonRole Role { get; private set; } = DaemonRole.Stopped;

    /// <summary>The projections this daemon runs.</summary>
    public IReadOnlyList<IAsyncProjection> Projections => _runners.Select(r => r.Projection).ToList();

    /// <summary>Role, position and lag of every projection, for /health.</summary>
    public async Task<DaemonStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        var rows = await _progress.ReadAsync(connection, _runners.Select(r => r.Projection.Name), cancellationToken);
        var statuses = rows.Select((row, i) => new ProjectionStatus(row.Name, row.Position, row.Lag, row.UpdatedAt, _runners[i].LastError)).ToList();
        var role = Role;
        return new DaemonStatus(role, role == DaemonRole.Leader ? _leaderProcessId : null, statuses);
    }

    /// <summary>
    /// Rebuilds a projection from the first event: in one transaction its progress goes back to the start and it
    /// clears its tables; the leader (on whichever node) then replays everything. Callable from any node.
    /// </summary>
    public async Task RebuildAsync(string projectionName, CancellationToken cancellationToken = default)
    {
        var runner = _runners.FirstOrDefault(r => r.Projection.Name == projectionName)
            ?? throw new ArgumentException($"No async projection is named '{projectionName}'.", nameof(projectionName));
        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new ProjectionContext(connection, transaction);
        // Progress first: its row lock makes a leader's in-flight batch either finish before us or fail its compare-and-set.
        await _progress.ResetAsync(context, projectionName, cancellationToken);
        await runner.Projection.ResetAsync(context, cancellationToken);
        await context.FlushAsync(cancellationToken);
        await using (var wake = context.CreateCommand($"SELECT pg_notify('{_store.Options.NotificationChannel}', '')"))
            await wake.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Role = DaemonRole.Standby;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var connection = await _store.DataSource.OpenConnectionAsync(stoppingToken);
                    await WaitForLeadershipAsync(connection, stoppingToken);
                    await LeadAsync(connection, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    Role = DaemonRole.Standby;
                    _logger.LogWarning(e, "Projection daemon lost its connection or leadership; retrying");
                    await Task.Delay(_settings.RetryDelay, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            Role = DaemonRole.Stopped;
        }
    }

    private async Task WaitForLeadershipAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        Role = DaemonRole.Standby;
        while (true)
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({_lockKey}), pg_backend_pid()", connection);
            await using (var reader = await command.ExecuteReaderAsync(stoppingToken))
            {
                await reader.ReadAsync(stoppingToken);
                if (reader.GetBoolean(0))
                {
                    _leaderProcessId = reader.GetInt32(1);
                    return;
                }
            }
            await Task.Delay(_settings.StandbyRetryInterval, stoppingToken);
        }
    }

    private async Task LeadAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        Role = DaemonRole.Leader;
        _logger.LogInformation("Projection daemon is leading (backend {Pid})", _leaderProcessId);
        try
        {
            await ExecuteAsync(connection, $"LISTEN \"{_store.Options.NotificationChannel}\"", stoppingToken);
            await _progress.EnsureRowsAsync(connection, _runners.Select(r => r.Projection.Name), stoppingToken);
            while (true)
            {
                if (await RunAllOnceAsync(connection, stoppingToken))
                    continue;
                // Idle: sleep until an append notifies, or briefly when committed events wait behind an open transaction.
                var pending = _runners.Count > 0 &&
                              await _store.Reader.HasPendingAsync(connection, _runners.Min(r => r.Position), stoppingToken);
                await connection.WaitAsync(pending ? TimeSpan.FromMilliseconds(50) : _settings.PollInterval, stoppingToken);
            }
        }
        finally
        {
            Role = DaemonRole.Standby;
            await ReleaseLeadershipAsync(connection);
        }
    }

    /// <summary>
    /// One round: reads every projection's stored progress, then for each position some projections stand at (usually
    /// one, once they are caught up) reads the next safe events once and gives each projection its share. Returns true
    /// when events were read (so more may be waiting).
    /// </summary>
    private async Task<bool> RunAllOnceAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var stored = await _progress.ReadPositionsAsync(connection, _names, stoppingToken);
        for (var i = 0; i < _runners.Count; i++)
            _runners[i].Position = stored[i];
        var applied = false;
        foreach (var group in _runners.Where(r => !r.IsPaused).GroupBy(r => r.Position).ToList())
        {
            var batch = await _store.Reader.ReadSafeAsync(connection, group.Key, _settings.BatchSize, stoppingToken);
            if (batch.Count == 0)
                continue;
            applied = true;
            var end = batch[^1].Position;
            var nothingToApply = new List<ProjectionRunner>();
            foreach (var runner in group)
            {
                var share = runner.ShareOf(batch);
                if (share.Count == 0)
                {
                    nothingToApply.Add(runner);
                    continue;
                }
                try
                {
                    await runner.ApplyAsync(connection, share, end, _progress, _settings.RetryDelay, stoppingToken);
                }
                catch (ProjectionFailedException e)
                {
                    _logger.LogError(e.InnerException, "Async projection {Projection} failed; retrying later", e.Projection);
                }
            }
            if (nothingToApply.Count == 0)
                continue;
            var moved = await _progress.TryAdvanceAllAsync(connection, nothingToApply.Select(r => r.Projection.Name).ToList(), group.Key, end, stoppingToken);
            for (var i = 0; i < moved.Length; i++)
                if (moved[i]) nothingToApply[i].Advanced(end);
        }
        return applied;
    }

    // Pooled connections keep session locks until reused, so a graceful stop must let go explicitly.
    private async Task ReleaseLeadershipAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await ExecuteAsync(connection, $"UNLISTEN *; SELECT pg_advisory_unlock({_lockKey})", CancellationToken.None);
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "Could not release the daemon lock; the session ending releases it");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
