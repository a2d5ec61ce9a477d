namespace JointMeeting.EventStore;

/// <summary>An event as stored: its data plus where and when it was recorded.</summary>
/// <remarks>
/// Events read from the database keep their JSON until <see cref="Data"/> is first read, so a reader that skips events
/// by <see cref="TypeName"/> (the projection daemon does, for projections that declare their event types) never pays
/// for deserialising them. Malformed data of a registered type therefore surfaces when <see cref="Data"/> is read.
/// </remarks>
public sealed record RecordedEvent
{
    private object? _data;
    private Func<object>? _materialise;

    /// <summary>An event whose data is already an object (just appended, or built by hand).</summary>
    /// <param name="StreamId">The stream it belongs to.</param>
    /// <param name="Version">Its place in the stream, starting at 1, without gaps.</param>
    /// <param name="Position">Its place in the store-wide order.</param>
    /// <param name="TypeName">The stable registered name of its type.</param>
    /// <param name="Data">The deserialised event.</param>
    /// <param name="Metadata">Actor, correlation and causation ids.</param>
    /// <param name="Timestamp">When it was recorded.</param>
    /// <param name="CommandId">The idempotency key of the command that produced it, if any.</param>
    public RecordedEvent(string StreamId, long Version, GlobalPosition Position, string TypeName, object Data,
        EventMetadata Metadata, DateTimeOffset Timestamp, string? CommandId)
        : this(StreamId, Version, Position, TypeName, Metadata, Timestamp, CommandId) =>
        _data = Data ?? throw new ArgumentNullException(nameof(Data));

    /// <summary>An event read from storage, deserialised on first use of <see cref="Data"/>.</summary>
    internal RecordedEvent(string streamId, long version, GlobalPosition position, string typeName, Func<object> materialise,
        EventMetadata metadata, DateTimeOffset timestamp, string? commandId)
        : this(streamId, version, position, typeName, metadata, timestamp, commandId) => _materialise = materialise;

    private RecordedEvent(string streamId, long version, GlobalPosition position, string typeName, EventMetadata metadata,
        DateTimeOffset timestamp, string? commandId)
    {
        StreamId = streamId;
        Version = version;
        Position = position;
        TypeName = typeName;
        Metadata = metadata;
        Timestamp = timestamp;
        CommandId = commandId;
    }

    /// <summary>The stream it belongs to.</summary>
    public string StreamId { get; init; }

    /// <summary>Its place in the stream, starting at 1, without gaps.</summary>
    public long Version { get; init; }

    /// <summary>Its place in the store-wide order.</summary>
    public GlobalPosition Position { get; init; }

    /// <summary>The stable registered name of its type (after upcasting).</summary>
    public string TypeName { get; init; }

    /// <summary>The deserialised event (deserialised once, on first read, for events read from storage).</summary>
    public object Data
    {
        get
        {
            if (_data is { } data) return data;
            // _materialise is cleared only after _data is set, so finding it cleared means another reader finished.
            var materialise = Volatile.Read(ref _materialise);
            if (materialise is null) return Volatile.Read(ref _data)!;
            // Deserialising twice on a race is harmless (same JSON, same result); the first stored result wins.
            Interlocked.CompareExchange(ref _data, materialise(), null);
            Volatile.Write(ref _materialise, null);
            return _data;
        }
        init
        {
            _data = value ?? throw new ArgumentNullException(nameof(value));
            _materialise = null;
        }
    }

    /// <summary>Actor, correlation and causation ids.</summary>
    public EventMetadata Metadata { get; init; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The idempotency key of the command that produced it, if any.</summary>
    public string? CommandId { get; init; }

    /// <summary>The store-wide sequence number (unique, increasing in insertion order, may have gaps).</summary>
    public long Sequence => Position.Sequence;

    /// <summary>Value equality over what the event is, whether or not its data has been deserialised yet.</summary>
    public bool Equals(RecordedEvent? other) =>
        other is not null && StreamId == other.StreamId && Version == other.Version && Position == other.Position &&
        TypeName == other.TypeName && Metadata == other.Metadata && Timestamp == other.Timestamp &&
        CommandId == other.CommandId && Equals(Data, other.Data);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StreamId, Version, Position, TypeName);

    /// <summary>Deconstructs into the constructor's parts.</summary>
    public void Deconstruct(out string StreamId, out long Version, out GlobalPosition Position, out string TypeName, out object Data,
        out EventMetadata Metadata, out DateTimeOffset Timestamp, out string? CommandId)
    {
        (StreamId, Version, Position, TypeName, Data) = (this.StreamId, this.Version, this.Position, this.TypeName, this.Data);
        (Metadata, Timestamp, CommandId) = (this.Metadata, this.Timestamp, this.CommandId);
    }
}
