namespace JointMeeting.EventStore;

/// <summary>Who caused an append and why; stored with every event of the append.</summary>
/// <param name="Actor">The person or system acting.</param>
/// <param name="CorrelationId">Groups everything done for one original request.</param>
/// <param name="CausationId">The message or event that directly caused this one.</param>
/// <param name="Timestamp">When it happened; the database's clock is used when null.</param>
public sealed record EventMetadata(
    string? Actor = null,
    string? CorrelationId = null,
    string? CausationId = null,
    DateTimeOffset? Timestamp = null)
{
    /// <summary>No metadata.</summary>
    public static EventMetadata None { get; } = new();
}
