namespace JointMeeting.EventStore;

/// <summary>What this node's daemon is doing.</summary>
public enum DaemonRole
{
    /// <summary>Not started, or stopped.</summary>
    Stopped,

    /// <summary>Running, waiting to take over if the leader goes away (or reconnecting).</summary>
    Standby,

    /// <summary>Holds the leader lock and applies events.</summary>
    Leader,
}

/// <summary>The daemon's state for health checks.</summary>
/// <param name="Role">This node's role.</param>
/// <param name="LeaderProcessId">The PostgreSQL backend id of this node's lock connection while it leads.</param>
/// <param name="Projections">Where each projection stands (read from the database, so any node can report it).</param>
public sealed record DaemonStatus(DaemonRole Role, int? LeaderProcessId, IReadOnlyList<ProjectionStatus> Projections);

/// <summary>Where one async projection stands.</summary>
/// <param name="Name">The projection's name.</param>
/// <param name="Position">The last event applied.</param>
/// <param name="Lag">Events recorded after <see cref="Position"/> not yet applied (counted up to 100 000).</param>
/// <param name="UpdatedAt">When progress was last stored, if ever.</param>
/// <param name="LastError">The last error this node hit while applying it, cleared by the next success.</param>
public sealed record ProjectionStatus(string Name, GlobalPosition Position, long Lag, DateTimeOffset? UpdatedAt, string? LastError);
