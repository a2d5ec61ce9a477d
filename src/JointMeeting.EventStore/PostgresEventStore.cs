using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>The PostgreSQL implementation of <see cref="IEventStore"/>. Thread-safe; create one per data source and schema.</summary>
/// <remarks>
/// For throughput, build the data source with <c>No Reset On Close=true</c>: otherwise Npgsql runs a seven-statement
/// session reset before the next command on every pooled connection that holds prepared statements, which more than
/// halves the append rate. The store itself leaves no session state behind on pooled connections.
/// </remarks>
public sealed class PostgresEventStore : IEventStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly EventStoreOptions _options;
    private readonly AppendWriter _writer;
    private readonly EventReader _reader;
    private readonly AppendNotifier? _notifier;

    /// <summary>Creates a store on <paramref name="dataSource"/>. Install the tables first with <see cref="EventStoreSchema"/>.</summary>
    public PostgresEventStore(NpgsqlDataSource dataSource, EventStoreOptions? options = null, ILogger<PostgresEventStore>? logger = null)
    {
        _dataSource = dataSource ?? throw new ArgumentNullException(nameof(dataSource));
        _options = options ?? new EventStoreOptions();
        _reader = new EventReader(_options.Schema, _options.Events);
        _writer = new AppendWriter(_options);
        var log = (ILogger?)logger ?? NullLogger.Instance;
        if (_options.NotifyAfterAppend)
            _notifier = new AppendNotifier(dataSource, _options.NotificationChannel, _options.NotifyInterval, log);
    }

    /// <summary>The options the store was created with.</summary>
    public EventStoreOptions Options => _options;

    /// <summary>The data source the store writes to.</summary>
    public NpgsqlDataSource DataSource => _dataSource;

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<object> events,
        AppendOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        options ??= new AppendOptions();

        var request = new AppendRequest(streamId, expected, events, events.Select(_options.Events.Serialize).ToArray(), options);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var outcome = await _writer.TryAppendAsync(connection, request, cancellationToken);
        if (outcome.Result is { } written)
        {
            _notifier?.Signal(written.LastSequence);
            return written;
        }

        // Nothing was written: either this command ran before (return its first outcome) or the version was wrong.
        if (options.CommandId is not null && await _writer.FindCommandAsync(connection, options.CommandId, cancellationToken) is { } first)
            return first;
        if (outcome.DuplicateCommand)
            throw new InvalidOperationException($"Command '{options.CommandId}' was reported as a duplicate but its outcome is gone.");
        var current = await _writer.ReadCurrentVersionAsync(connection, streamId, cancellationToken);
        throw new ConcurrencyException(streamId, expected, current, outcome.Error);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await _reader.ReadStreamAsync(connection, streamId, fromVersion, cancellationToken);
    }

    /// <summary>
    /// The statement of <see cref="ReadStreamAsync"/> for a caller's own <see cref="NpgsqlBatch"/>, so a stream read can share
    /// one round trip with the read-model queries a command needs; map its result set with <see cref="ReadStreamRowsAsync"/>.
    /// </summary>
    public NpgsqlBatchCommand CreateReadStreamCommand(string streamId, long fromVersion = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return _reader.ReadStreamCommand(streamId, fromVersion);
    }

    /// <summary>The events of the reader's current result set, which must come from <see cref="CreateReadStreamCommand"/>.</summary>
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamRowsAsync(NpgsqlDataReader reader, CancellationToken cancellationToken = default) =>
        _reader.ReadRowsAsync(reader ?? throw new ArgumentNullException(nameof(reader)), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(GlobalPosition after, int maxCount = 500,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await _reader.ReadSafeAsync(connection, after, maxCount, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<GlobalPosition> GetHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await _reader.ReadSafeHeadAsync(connection, cancellationToken);
    }

    /// <summary>
    /// Rebuilds an inline projection from the first event: resets it and replays every event in one transaction,
    /// holding off appends meanwhile so the result is exactly what incremental application would give.
    /// </summary>
    public async Task RebuildInlineAsync(IInlineProjection projection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projection);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new ProjectionContext(connection, transaction);
        // SHARE mode blocks inserts into the events table but not reads, so the replay sees a fixed set.
        await using (var lockEvents = context.CreateCommand($"LOCK TABLE {_options.Schema}.events IN SHARE MODE"))
            await lockEvents.ExecuteNonQueryAsync(cancellationToken);
        await projection.ResetAsync(context, cancellationToken);
        await context.FlushAsync(cancellationToken);
        // Under the lock every event is committed, so plain sequence order is complete (and matches version order).
        long sequence = 0;
        while (true)
        {
            var batch = await _reader.ReadBySequenceAsync(connection, transaction, sequence, 1000, cancellationToken);
            if (batch.Count == 0) break;
            await projection.ApplyAsync(batch, context, cancellationToken);
            await context.FlushAsync(cancellationToken);
            sequence = batch[^1].Sequence;
        }
        await transaction.CommitAsync(cancellationToken);
    }

    internal EventReader Reader => _reader;

    /// <summary>Waits for a pending notification to be sent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_notifier is not null)
            await _notifier.DisposeAsync();
    }
}
