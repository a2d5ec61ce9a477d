using JointMeeting.EventStore;
using JointMeeting.Server.Platform.Health;

namespace JointMeeting.Server.Platform.Events;

/// <summary>The "projections" section of /health: this node's daemon role and how far each projection lags.</summary>
public sealed class ProjectionHealth(ProjectionDaemon daemon) : IHealthContributor
{
    public string Name => "projections";

    public async Task<HealthSection> CheckAsync(CancellationToken ct)
    {
        var status = await daemon.GetStatusAsync(ct);
        var details = new
        {
            role = status.Role.ToString().ToLowerInvariant(),
            leaderProcessId = status.LeaderProcessId,
            projections = status.Projections.Select(p => new
            {
                name = p.Name, position = p.Position.Sequence, lag = p.Lag, updatedAt = p.UpdatedAt, lastError = p.LastError,
            }),
        };
        // A lagging or failing projection shows here but does not take the node out of a load balancer.
        return new HealthSection(Healthy: status.Projections.All(p => p.LastError is null), Details: details, Critical: false);
    }
}
