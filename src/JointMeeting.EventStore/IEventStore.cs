namespace JointMeeting.EventStore;

/// <summary>Appends events to streams with optimistic concurrency, and reads them back.</summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> if the stream is at <paramref name="expected"/>,
    /// running the inline projections and <see cref="AppendOptions.InTransaction"/> in the same transaction.
    /// </summary>
    /// <returns>Versions and positions written, or the first outcome when <see cref="AppendOptions.CommandId"/> was seen before.</returns>
    /// <exception cref="ConcurrencyException">The stream was not at the expected version; nothing was written.</exception>
    /// <exception cref="UnregisteredEventTypeException">An event's type has no registered name.</exception>
    Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<object> events,
        AppendOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The events of one stream from <paramref name="fromVersion"/> on, in version order (empty when it does not exist).</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="maxCount"/> events of all streams after <paramref name="after"/>, in global order, taking only
    /// events of finished transactions so that reading on from the last one returned never skips an event.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(GlobalPosition after, int maxCount = 500,
        CancellationToken cancellationToken = default);

    /// <summary>The position of the latest event safe to read; start a live subscription from here to get only new events.</summary>
    Task<GlobalPosition> GetHeadPositionAsync(CancellationToken cancellationToken = default);
}
