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
        return new HealthSection(Healthy: true, Details: status, Critical: false);
    }
}
