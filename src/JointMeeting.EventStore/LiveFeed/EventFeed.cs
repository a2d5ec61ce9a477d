using System.Runtime.CompilerServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>
/// The live feed of committed events for this node. One dedicated connection LISTENs for the store's
/// after-commit notifications (reconnecting with backoff when it drops); any number of subscribers then read
/// the new events by position, under the same safe-visibility rule as the projection daemon, so they get every
/// committed event exactly once and in global order, even across reconnects.
/// Start it as a hosted service, or call <see cref="BackgroundService.StartAsync"/> directly.
/// </summary>
public sealed class EventFeed : BackgroundService
{
    private readonly PostgresEventStore _store;
    private readonly EventFeedOptions _settings;
    private readonly ILogger _logger;
    private readonly WakeSignal _signal = new();
    private volatile int _listenerProcessId;

    /// <summary>Creates the feed of <paramref name="store"/>.</summary>
    public EventFeed(PostgresEventStore store, ILogger<EventFeed>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _settings = store.Options.Feed;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>True while the listening connection is up.</summary>
    public bool IsListening => _listenerProcessId != 0;

    /// <summary>The PostgreSQL backend id of the listening connection, while it is up (for diagnostics).</summary>
    public int? ListenerProcessId => _listenerProcessId == 0 ? null : _listenerProcessId;

    /// <summary>
    /// Every committed event after <paramref name="after"/>, in global order, as it commits; never ends on its own.
    /// Start from <see cref="IEventStore.GetHeadPositionAsync"/> for new events only, or from a stored position to resume.
    /// </summary>
    public async IAsyncEnumerable<RecordedEvent> SubscribeAsync(GlobalPosition after,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var position = after;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wake = _signal.Next;
            var (events, pending, failed) = await TryReadAsync(position, cancellationToken);
            foreach (var e in events)
            {
                yield return e;
                position = e.Position;
            }
            // Look again at once after any events: more may be committed behind a still-open transaction, and only an empty
            // read checks for those (and polls briefly) — that transaction's end sends no notification if it rolls back.
            if (events.Count > 0)
                continue;
            var wait = failed ? _settings.ReconnectDelay : pending ? TimeSpan.FromMilliseconds(50) : _settings.PollInterval;
            await WaitAsync(wake, wait, cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = _settings.ReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, onListening: () => delay = _settings.ReconnectDelay);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _listenerProcessId = 0;
                _logger.LogWarning(e, "Event feed lost its listening connection; reconnecting in {Delay}", delay);
                try { await Task.Delay(delay, stoppingToken); }
                catch (OperationCanceledException) { break; }
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _settings.MaxReconnectDelay.Ticks));
            }
            catch (OperationCanceledException) { break; }
        }
        _listenerProcessId = 0;
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action onListening)
    {
        await using var connection = await _store.DataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, _) => _signal.Pulse();
        await ExecuteAsync(connection, $"LISTEN \"{_store.Options.NotificationChannel}\"", stoppingToken);
        _listenerProcessId = connection.ProcessID;
        onListening();
        // Whatever committed while nobody listened is read now, from each subscriber's own position.
        _signal.Pulse();
        try
        {
            while (true)
                await connection.WaitAsync(stoppingToken);
        }
        finally
        {
            _listenerProcessId = 0;
            // A pooled connection still listening would keep receiving (and holding back) notifications.
            if (connection.FullState == System.Data.ConnectionState.Open)
                await ExecuteAsync(connection, "UNLISTEN *", CancellationToken.None);
        }
    }

    private async Task<(IReadOnlyList<RecordedEvent> Events, bool Pending, bool Failed)> TryReadAsync(GlobalPosition position, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
            var events = await _store.Reader.ReadSafeAsync(connection, position, _settings.BatchSize, cancellationToken);
            var pending = events.Count == 0 && await _store.Reader.HasPendingAsync(connection, position, cancellationToken);
            return (events, pending, false);
        }
        catch (NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The read connection dropped or the database is away: keep the position and try again shortly.
            _logger.LogWarning(e, "Event feed subscriber could not read; retrying");
            return ([], false, true);
        }
    }

    private static async Task WaitAsync(Task wake, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try { await wake.WaitAsync(timeout, cancellationToken); }
        catch (TimeoutException) { }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
