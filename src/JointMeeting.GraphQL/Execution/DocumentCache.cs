using System.Collections.Concurrent;
using JointMeeting.GraphQL.Language;
using JointMeeting.GraphQL.Language.Ast;

namespace JointMeeting.GraphQL.Execution;

/// <summary>
/// Parsed documents by query text, bounded: when full, the least recently used tenth is dropped.
/// Lookups take no lock (an entry's last use is a timestamp), so concurrent requests for the same
/// query do not contend. Each entry also keeps its validation result and plans per schema.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private readonly object _evictLock = new();
    private long _clock;
    private long _hits;
    private long _misses;

    /// <summary>A cache holding at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity = 1_000) => Capacity = Math.Max(1, capacity);

    /// <summary>Most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>Documents currently cached.</summary>
    public int Count => _entries.Count;

    /// <summary>Requests that found their document parsed already.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests that had to parse.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Queries longer than this are parsed every time instead of cached.</summary>
    public int MaxQueryLength { get; init; } = 100_000;

    /// <summary>The cached or freshly parsed document.</summary>
    /// <exception cref="GraphQLSyntaxError">The text does not parse (not cached).</exception>
    internal CachedDocument Get(string query, ParserOptions? parserOptions)
    {
        long now = Interlocked.Increment(ref _clock);
        if (_entries.TryGetValue(query, out var entry))
        {
            Interlocked.Increment(ref _hits);
            entry.LastUsed = now;
            return entry;
        }
        Interlocked.Increment(ref _misses);
        entry = new CachedDocument(Parser.Parse(query, parserOptions)) { LastUsed = now };
        if (query.Length > MaxQueryLength) return entry;
        entry = _entries.GetOrAdd(query, entry);
        if (_entries.Count > Capacity) Evict();
        return entry;
    }

    /// <summary>Drops every cached document (e.g. after the schema changed).</summary>
    public void Clear() => _entries.Clear();

    private void Evict()
    {
        if (!Monitor.TryEnter(_evictLock)) return;   // someone else is evicting already
        try
        {
            int excess = _entries.Count - Capacity;
            if (excess <= 0) return;
            int remove = Math.Max(excess, Capacity / 10);
            var oldest = _entries.ToArray().OrderBy(e => e.Value.LastUsed).Take(remove);
            foreach (var (key, _) in oldest) _entries.TryRemove(key, out _);
        }
        finally
        {
            Monitor.Exit(_evictLock);
        }
    }
}
