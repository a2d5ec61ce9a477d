using JointMeeting.GraphQL.Types;

namespace JointMeeting.GraphQL.Execution.DataLoader;

/// <summary>Gets per-request DataLoaders from a resolver's context.</summary>
public static class DataLoaderExtensions
{
    /// <summary>
    /// The loader named <paramref name="name"/> of this execution (a request, or one subscription event),
    /// created with <paramref name="fetch"/> on first use:
    /// <code>var unit = await ctx.DataLoader&lt;string, Unit&gt;("unitById", (ids, ct) => units.ByIdsAsync(ids, ct)).LoadAsync(id);</code>
    /// </summary>
    public static DataLoader<TKey, TValue> DataLoader<TKey, TValue>(this ResolverContext context, string name, BatchFetch<TKey, TValue> fetch)
        where TKey : notnull
    {
        if (context is not FieldContext field)
            throw new InvalidOperationException("DataLoaders need a context created by the GraphQL executor.");
        var scheduler = field.Operation.Batches;
        var loader = scheduler.Loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(name, fetch, scheduler));
        return loader as DataLoader<TKey, TValue>
            ?? throw new InvalidOperationException($"DataLoader \"{name}\" was created with other key or value types.");
    }

    /// <summary>The scheduler of the request <paramref name="context"/> belongs to (dispatch counts for diagnostics).</summary>
    public static BatchScheduler Batches(this ResolverContext context) =>
        context is FieldContext field ? field.Operation.Batches : throw new InvalidOperationException("Not an executor context.");
}
