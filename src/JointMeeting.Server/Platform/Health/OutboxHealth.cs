using JointMeeting.Server.Platform.Email;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Platform.Health;

/// <summary>The outbox section: how much mail waits and for how long (mail waiting is not "unhealthy", it is information).</summary>
internal sealed class OutboxHealth(IMailOutbox outbox, IOptionsMonitor<SmtpOptions> smtp) : IHealthContributor
{
    public string Name => "outbox";

    public async Task<HealthSection> CheckAsync(CancellationToken ct)
    {
        var backlog = await outbox.BacklogAsync(ct);
        return new HealthSection(true, new
        {
            backlog = backlog.Count,
            oldestAgeSeconds = backlog.OldestAgeSeconds,
            failing = backlog.Failing,
            smtpConfigured = smtp.CurrentValue.IsConfigured,
        });
    }
}
