namespace JointMeeting.EventStore;

/// <summary>
/// The rule every position-based reader (daemon, feed, <see cref="IEventStore.ReadAllAsync"/>) follows so that no
/// event is ever skipped.
/// </summary>
/// <remarks>
/// Sequences are handed out at insert time but become visible at commit time, so a reader that tracks only the
/// highest sequence seen will skip an event whose slow transaction commits after a later one. Instead each row stores
/// its writer's transaction id, and readers take only rows with <c>tx_id</c> below the <c>xmin</c> of their snapshot,
/// in (tx_id, seq) order. Why that is enough:
/// <list type="number">
/// <item>Every transaction with an id below xmin has finished, so the set of rows below xmin is final: nothing can
/// be added to it (any later writer gets an id ≥ xmin) and rolled-back rows never appear.</item>
/// <item>A reader that has consumed everything up to position P (all below some earlier xmin₀) will next see only rows
/// with tx_id ≥ xmin₀ that were not final before, and those all sort after P.</item>
/// </list>
/// So "everything after my (tx_id, seq) position, below the current xmin" is exactly the unread events, with no gaps.
/// The cost: an open write transaction anywhere in the cluster delays readers (not writers) until it ends.
/// Within one stream the order matches the version order, because a writer of the stream waits for the previous
/// writer's stream row lock, and the append is the first write of its transaction, so it gets the later transaction id.
/// </remarks>
internal static class SafeRead
{
    /// <summary>The oldest transaction id still running when the statement's snapshot was taken.</summary>
    public const string Horizon = "pg_snapshot_xmin(pg_current_snapshot())";
}
