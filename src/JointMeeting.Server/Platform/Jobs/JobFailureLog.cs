using Quartz;

namespace JointMeeting.Server.Platform.Jobs;

/// <summary>Logs every failed run with its retry attempt: Quartz retries and records it, this makes it visible in the log.</summary>
internal sealed class JobFailureLog(ILogger<JobFailureLog> logger) : IJobListener
{
    public string Name => "job-failure-log";

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? error, CancellationToken ct = default)
    {
        if (error is null) return ValueTask.CompletedTask;
        var cause = error.InnerException ?? error;
        // One line per failure (a lost database fails every tick); the stack trace only at debug level.
        logger.LogWarning("Job {Job} failed (retry attempt {Attempt}): {Error}: {Message}",
            context.JobDetail.Key, context.RetryAttempt, cause.GetType().Name, cause.Message);
        logger.LogDebug(cause, "Job {Job} failure detail", context.JobDetail.Key);
        return ValueTask.CompletedTask;
    }
}
