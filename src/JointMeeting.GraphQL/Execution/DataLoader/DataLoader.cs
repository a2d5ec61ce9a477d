namespace JointMeeting.GraphQL.Execution.DataLoader;

/// <summary>Fetches values for a batch of keys; keys missing from the answer load as <c>default</c>.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchFetch<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Batches and caches loads of one kind within one request: every key asked for while the executor
/// is starting a level is fetched in one call, and each key at most once per request.
/// Get one with <see cref="DataLoaderExtensions.DataLoader{TKey,TValue}"/>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchLoader where TKey : notnull
{
    private readonly object _lock = new();
    private readonly BatchFetch<TKey, TValue> _fetch;
    private readonly BatchScheduler _scheduler;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Load)> _queue = [];

    internal DataLoader(string name, BatchFetch<TKey, TValue> fetch, BatchScheduler scheduler)
    {
        Name = name;
        _fetch = fetch;
        _scheduler = scheduler;
    }

    /// <summary>The name the loader is registered under in the request.</summary>
    public string Name { get; }

    /// <summary>How many times the batch function has been called.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>, fetched with the other keys of this level.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached)) return cached;
            // no RunContinuationsAsynchronously: waiting resolvers resume inline when the batch completes,
            // so they queue their own loads before the scheduler looks again
            var load = new TaskCompletionSource<TValue?>();
            task = load.Task;
            _cache[key] = task;
            _queue.Add((key, load));
            first = _queue.Count == 1;
        }
        if (first) _scheduler.Enqueue(this);
        return task;
    }

    /// <summary>The values for <paramref name="keys"/>, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Seeds the cache with a value known from elsewhere (e.g. a list query).</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_lock) _cache.TryAdd(key, Task.FromResult<TValue?>(value));
    }

    async Task IBatchLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Load)> queue;
        lock (_lock)
        {
            queue = _queue;
            _queue = [];
        }
        if (queue.Count == 0) return;
        BatchCount++;
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            var keys = new TKey[queue.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = queue[i].Key;
            values = await _fetch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            lock (_lock)
                foreach (var (key, _) in queue) _cache.Remove(key);   // a later request may retry
            foreach (var (_, load) in queue) load.TrySetException(error);
            return;
        }
        foreach (var (key, load) in queue) load.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
    }
}
