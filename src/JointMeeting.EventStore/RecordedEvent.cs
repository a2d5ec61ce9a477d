namespace JointMeeting.EventStore;

/// <summary>An event as stored: its data plus where and when it was recorded.</summary>
/// <param name="StreamId">The stream it belongs to.</param>
/// <param name="Version">Its place in the stream, starting at 1, without gaps.</param>
/// <param name="Position">Its place in the store-wide order.</param>
/// <param name="TypeName">The stable registered name of its type.</param>
/// <param name="Data">The deserialised event.</param>
/// <param name="Metadata">Actor, correlation and causation ids.</param>
/// <param name="Timestamp">When it was recorded.</param>
/// <param name="CommandId">The idempotency key of the command that produced it, if any.</param>
public sealed record RecordedEvent(
    string StreamId,
    long Version,
    GlobalPosition Position,
    string TypeName,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset Timestamp,
    string? CommandId)
{
    /// <summary>The store-wide sequence number (unique, increasing in insertion order, may have gaps).</summary>
    public long Sequence => Position.Sequence;
}
