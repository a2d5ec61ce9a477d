using JointMeeting.Server.Platform.Database.Migrations;

namespace JointMeeting.Server.Platform.Database;

/// <summary>Applies pending migrations while the host starts; later hosted services (Quartz, outbox) find the schema ready.</summary>
internal sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
