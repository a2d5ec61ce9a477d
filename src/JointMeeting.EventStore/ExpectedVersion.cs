namespace JointMeeting.EventStore;

/// <summary>
/// What the writer believes the stream's version to be. The append fails with a
/// <see cref="ConcurrencyException"/> when the belief is wrong.
/// </summary>
public readonly record struct ExpectedVersion
{
    private const long AnyValue = -1;

    private ExpectedVersion(long value) => Value = value;

    /// <summary>The expected version; 0 means no stream, -1 means any.</summary>
    public long Value { get; }

    /// <summary>Append whatever the stream's version (no concurrency check).</summary>
    public static ExpectedVersion Any { get; } = new(AnyValue);

    /// <summary>The stream must not exist yet.</summary>
    public static ExpectedVersion NoStream { get; } = new(0);

    /// <summary>The stream's last event must have exactly this version (0 is the same as <see cref="NoStream"/>).</summary>
    public static ExpectedVersion Exactly(long version) =>
        version >= 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version), version, "A version is 0 or more.");

    /// <summary>True for <see cref="Any"/>.</summary>
    public bool IsAny => Value == AnyValue;

    /// <summary>True for <see cref="NoStream"/>.</summary>
    public bool IsNoStream => Value == 0;

    /// <inheritdoc />
    public override string ToString() => IsAny ? "any" : IsNoStream ? "no stream" : Value.ToString();
}
