namespace JointMeeting.GraphQL.Execution.DataLoader;

/// <summary>A loader with keys waiting to be fetched.</summary>
internal interface IBatchLoader
{
    /// <summary>Fetches every queued key and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Per-request queue of loaders with pending keys. The executor dispatches them when all the work
/// it has started is waiting (the operation cannot progress without data), so every resolver of a
/// level has queued its keys first: a list of N parents costs one batch per level, not N. This holds
/// because waiting resolvers resume inline when a batch completes (the executor starts them free of
/// the caller's synchronization context); a resolver awaiting its own I/O joins a later batch.
/// </summary>
public sealed class BatchScheduler
{
    private readonly object _lock = new();
    private readonly CancellationToken _cancellationToken;
    private List<IBatchLoader> _pending = [];
    private TaskCompletionSource? _signal;

    internal BatchScheduler(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>The loaders of this execution by name.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, object> Loaders { get; } = new(StringComparer.Ordinal);

    /// <summary>How many batches have been dispatched in this request (for tests and diagnostics).</summary>
    public int DispatchCount { get; private set; }

    internal bool HasPending
    {
        get
        {
            lock (_lock) return _pending.Count > 0;
        }
    }

    internal void Enqueue(IBatchLoader loader)
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            if (!_pending.Contains(loader)) _pending.Add(loader);
            signal = _signal;
            _signal = null;
        }
        signal?.TrySetResult();
    }

    /// <summary>Completes when <paramref name="work"/> completes or a loader queues keys.</summary>
    internal Task WaitAsync(Task work)
    {
        lock (_lock)
        {
            if (_pending.Count > 0) return Task.CompletedTask;
            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return Task.WhenAny(work, _signal.Task);
        }
    }

    /// <summary>
    /// Dispatches every pending loader. Loads complete inline, so resolvers waiting on them run on
    /// and queue the next level's keys before this returns.
    /// </summary>
    internal async Task DispatchAsync()
    {
        List<IBatchLoader> loaders;
        lock (_lock)
        {
            loaders = _pending;
            _pending = [];
        }
        DispatchCount += loaders.Count;
        if (loaders.Count == 1)
        {
            await loaders[0].DispatchAsync(_cancellationToken).ConfigureAwait(false);
            return;
        }
        var batches = new Task[loaders.Count];
        for (int i = 0; i < loaders.Count; i++) batches[i] = loaders[i].DispatchAsync(_cancellationToken);
        await Task.WhenAll(batches).ConfigureAwait(false);
    }
}
