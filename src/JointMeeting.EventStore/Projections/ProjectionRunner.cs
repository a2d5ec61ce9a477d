using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>
/// One async projection on the leader's connection: which events it takes, where it stands, and applying a batch the
/// daemon read for it (its rows and its progress in one transaction).
/// </summary>
internal sealed class ProjectionRunner(IAsyncProjection projection, EventTypeRegistry registry)
{
    private readonly IReadOnlyCollection<Type>? _types = projection.EventTypes;
    private readonly Dictionary<string, bool> _handlesByName = new(StringComparer.Ordinal);
    private DateTime _pausedUntil = DateTime.MinValue;

    public IAsyncProjection Projection => projection;

    public string? LastError { get; private set; }

    /// <summary>Its stored progress as last read; the batch applied next is compared-and-set against it.</summary>
    public GlobalPosition Position { get; set; }

    public bool IsPaused => DateTime.UtcNow < _pausedUntil;

    /// <summary>Whether the projection applies events of this stored type name (answered once per name).</summary>
    public bool Handles(string typeName)
    {
        if (_types is null) return true;
        if (!_handlesByName.TryGetValue(typeName, out var handles))
        {
            // An unregistered name (upcast or unknown) cannot be matched by type: hand it over and let the projection decide.
            handles = !registry.TryGetType(typeName, out var type) || _types.Any(t => t.IsAssignableFrom(type));
            _handlesByName[typeName] = handles;
        }
        return handles;
    }

    /// <summary>The events of <paramref name="batch"/> it applies (the batch itself when that is all of them).</summary>
    public IReadOnlyList<RecordedEvent> ShareOf(IReadOnlyList<RecordedEvent> batch)
    {
        if (_types is null) return batch;
        var share = batch.Where(e => Handles(e.TypeName)).ToList();
        return share.Count == batch.Count ? batch : share;
    }

    /// <summary>
    /// Applies its share of <paramref name="batch"/> (read after <see cref="Position"/>) and moves its progress to the
    /// batch's end, in one transaction. When its share is empty the caller moves the progress instead (see
    /// <see cref="Advanced"/>), several projections in one round trip.
    /// </summary>
    public async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<RecordedEvent> share, GlobalPosition end,
        ProgressSql progress, TimeSpan retryDelay, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var context = new ProjectionContext(connection, transaction);
            await projection.ApplyAsync(share, context, cancellationToken);
            await context.FlushAsync(cancellationToken);
            if (!await progress.TryAdvanceAsync(context, projection.Name, Position, end, cancellationToken))
            {
                // Someone moved the progress (a rebuild): drop this batch; the next round reads the stored position again.
                await transaction.RollbackAsync(cancellationToken);
                return;
            }
            await transaction.CommitAsync(cancellationToken);
            Advanced(end);
        }
        catch (Exception e) when (e is not OperationCanceledException && connection.FullState == System.Data.ConnectionState.Open)
        {
            // The projection failed but the connection (and with it leadership) is fine: pause this one, keep the others going.
            LastError = $"{e.GetType().Name}: {e.Message}";
            _pausedUntil = DateTime.UtcNow + retryDelay;
            throw new ProjectionFailedException(projection.Name, e);
        }
    }

    /// <summary>Records that the stored progress now stands at <paramref name="end"/>.</summary>
    public void Advanced(GlobalPosition end)
    {
        Position = end;
        LastError = null;
    }
}

/// <summary>An async projection threw while applying a batch; the batch was rolled back and will be retried.</summary>
public sealed class ProjectionFailedException(string projection, Exception inner)
    : EventStoreException($"Projection '{projection}' failed; its batch was rolled back and will be retried.", inner)
{
    /// <summary>The failing projection.</summary>
    public string Projection { get; } = projection;
}
