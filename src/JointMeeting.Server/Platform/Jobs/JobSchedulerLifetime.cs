using Quartz;

namespace JointMeeting.Server.Platform.Jobs;

/// <summary>
/// Starts the Quartz scheduler with the host and stops it within the host's shutdown timeout. Quartz's own
/// hosted service awaits <c>Shutdown</c> without bounds, and with PostgreSQL gone its clustered store retries
/// forever inside that call, so SIGTERM never ended the process. Here the wait gives up when the host's stop
/// token fires; Quartz's leftover retry loop runs on pool threads that end with the process.
/// </summary>
internal sealed class JobSchedulerLifetime(ISchedulerFactory schedulers, ILogger<JobSchedulerLifetime> logger) : IHostedService
{
    private readonly Lock _gate = new();
    private IScheduler? _scheduler;
    private Task? _shutdown;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _scheduler = await schedulers.GetScheduler(cancellationToken);
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is null) return;
        // One shutdown, however many callers: a second StopAsync (WebApplicationFactory stops the host twice)
        // must wait for it too, or the host is disposed under Quartz's feet while it still shuts down.
        lock (_gate)
            // Running jobs may finish (a mail half-sent is worse than a short wait), but only until the host's deadline;
            // the token also ends Quartz's own retrying, without which its threads outlive Main and keep the process up.
            _shutdown ??= _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken).AsTask();
        try
        {
            await _shutdown.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Job scheduler did not stop before the shutdown deadline (database unreachable?); leaving it behind");
        }
    }
}
