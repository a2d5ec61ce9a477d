using Quartz;

namespace JointMeeting.Server.Platform.Jobs;

/// <summary>Logs every failed run with its retry attempt: Quartz retries and records it, this makes it visible in the log.</summary>
internal sealed class JobFailureLog(ILogger<JobFailureLog> logger) : IJobListener
{
    public string Name => "job-failure-log";

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? error, CancellationToken ct = default)
    {
        if (error is not null)
            logger.LogWarning(error.InnerException ?? error, "Job {Job} failed (retry attempt {Attempt}): {Message}",
                context.JobDetail.Key, context.RetryAttempt, (error.InnerException ?? error).Message);
        return ValueTask.CompletedTask;
    }
}
