using Quartz;
using Quartz.Extensibility;

namespace JointMeeting.Server.Platform.Jobs;

/// <summary>What is scheduled and how it went: every job with its triggers, next fire times, last result and failures.</summary>
public sealed class JobCatalog(ISchedulerFactory schedulers, IServiceProvider services)
{
    public async Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var jobs = await scheduler.QueryJobs(new JobQuery { Take = PagedQuery.All }, ct);
        var triggers = (await scheduler.QueryTriggers(new TriggerQuery { Take = PagedQuery.All }, ct)).Items.ToLookup(t => t.JobKey);
        var history = HistoryStore(scheduler.SchedulerName);
        var statuses = history is null ? new Dictionary<JobKey, JobRunStatus>() :
            (await history.QueryJobRunStatuses(new JobRunStatusQuery { SchedulerName = scheduler.SchedulerName, Take = PagedQuery.All }, ct))
                .Items.ToDictionary(s => s.Job);

        var result = jobs.Items.Select(job => Summarise(job.Key, job.Description, triggers[job.Key], statuses.GetValueOrDefault(job.Key))).ToList();
        // One-off jobs are gone once they ran; their history still says how they went.
        result.AddRange(statuses.Values.Where(s => jobs.Items.All(j => j.Key != s.Job)).Select(s => Summarise(s.Job, null, [], s)));
        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    private static JobSummary Summarise(JobKey key, string? description, IEnumerable<TriggerHeader> triggers, JobRunStatus? status) => new(
        key.ToString(),
        description,
        triggers.Select(t => new TriggerSummary(t.Key.ToString(), t.State.ToString(), t.NextFireTimeUtc,
            t.PreviousFireTimeUtc, t.RetryPolicy, t.RetryAttempt)).ToList(),
        status?.LastFiredAtUtc,
        status?.LastResult.ToString(),
        status?.LastSucceededAtUtc,
        status?.LastFailedAtUtc,
        status?.LastFailureMessage,
        status?.ConsecutiveFailures ?? 0,
        status?.RunCount ?? 0,
        status?.FailureCount ?? 0);

    public async Task<JobSummary?> FindAsync(JobKey key, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(j => j.Key == key.ToString());

    // UseExecutionHistory() registers the database-backed store for our scheduler.
    private IExecutionHistoryStore? HistoryStore(string schedulerName) =>
        services.GetKeyedService<IExecutionHistoryStore>(schedulerName) ?? services.GetService<IExecutionHistoryStore>();
}

public sealed record TriggerSummary(string Key, string State, DateTimeOffset? NextFireTimeUtc, DateTimeOffset? PreviousFireTimeUtc, string? RetryPolicy, int RetryAttempt);

/// <param name="FailureCount">Occurrences that failed for good (after their retries).</param>
public sealed record JobSummary(
    string Key,
    string? Description,
    IReadOnlyList<TriggerSummary> Triggers,
    DateTimeOffset? LastFiredAtUtc,
    string? LastResult,
    DateTimeOffset? LastSucceededAtUtc,
    DateTimeOffset? LastFailedAtUtc,
    string? LastFailureMessage,
    int ConsecutiveFailures,
    long RunCount,
    long FailureCount);
