namespace JointMeeting.EventStore;

/// <summary>
/// A place in the store-wide order of events: the writing transaction's id, then the sequence.
/// Readers walk this order and only ever past finished transactions, so a position, once passed,
/// never has events appear behind it (see <c>SafeRead</c> for why).
/// </summary>
public readonly record struct GlobalPosition(ulong TransactionId, long Sequence) : IComparable<GlobalPosition>
{
    /// <summary>Before the first event.</summary>
    public static GlobalPosition Start { get; } = new(0, 0);

    /// <inheritdoc />
    public int CompareTo(GlobalPosition other)
    {
        var byTransaction = TransactionId.CompareTo(other.TransactionId);
        return byTransaction != 0 ? byTransaction : Sequence.CompareTo(other.Sequence);
    }

    /// <summary>Orders positions.</summary>
    public static bool operator <(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) < 0;

    /// <summary>Orders positions.</summary>
    public static bool operator >(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) > 0;

    /// <summary>Orders positions.</summary>
    public static bool operator <=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) <= 0;

    /// <summary>Orders positions.</summary>
    public static bool operator >=(GlobalPosition left, GlobalPosition right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"{TransactionId}/{Sequence}";
}
