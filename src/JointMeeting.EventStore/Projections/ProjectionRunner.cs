using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>Applies one async projection batch by batch on the leader's connection, each batch with its progress in one transaction.</summary>
internal sealed class ProjectionRunner(IAsyncProjection projection, EventReader reader, ProgressSql progress, int batchSize)
{
    private DateTime _pausedUntil = DateTime.MinValue;

    public IAsyncProjection Projection => projection;

    public string? LastError { get; private set; }

    /// <summary>Where the runner last found the projection (for the pending check when idle).</summary>
    public GlobalPosition Position { get; set; }

    /// <summary>Applies the next batch, if any. Returns true when events were applied (so more may be waiting).</summary>
    public async Task<bool> RunBatchAsync(NpgsqlConnection connection, TimeSpan retryDelay, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow < _pausedUntil)
            return false;
        try
        {
            var (from, events) = await reader.ReadAfterProgressAsync(connection, projection.Name, batchSize, cancellationToken);
            if (events.Count == 0)
                return false;

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var context = new ProjectionContext(connection, transaction);
            await projection.ApplyAsync(events, context, cancellationToken);
            await context.FlushAsync(cancellationToken);
            if (!await progress.TryAdvanceAsync(context, projection.Name, from, events[^1].Position, cancellationToken))
            {
                // Someone moved the progress (a rebuild): drop this batch; the next read starts from the new position.
                await transaction.RollbackAsync(cancellationToken);
                Position = GlobalPosition.Start;
                return true;
            }
            await transaction.CommitAsync(cancellationToken);
            Position = events[^1].Position;
            LastError = null;
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException && connection.FullState == System.Data.ConnectionState.Open)
        {
            // The projection failed but the connection (and with it leadership) is fine: pause this one, keep the others going.
            LastError = $"{e.GetType().Name}: {e.Message}";
            _pausedUntil = DateTime.UtcNow + retryDelay;
            throw new ProjectionFailedException(projection.Name, e);
        }
    }
}

/// <summary>An async projection threw while applying a batch; the batch was rolled back and will be retried.</summary>
public sealed class ProjectionFailedException(string projection, Exception inner)
    : EventStoreException($"Projection '{projection}' failed; its batch was rolled back and will be retried.", inner)
{
    /// <summary>The failing projection.</summary>
    public string Projection { get; } = projection;
}
