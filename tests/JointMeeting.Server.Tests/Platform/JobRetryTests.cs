using System.Collections.Concurrent;
using JointMeeting.Server.Platform.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JointMeeting.Server.Tests.Platform;

public sealed class JobRetryTests
{
    [Fact]
    public async Task A_failing_job_is_retried_with_growing_waits_and_its_failures_are_listed()
    {
        var run = Guid.NewGuid().ToString("N");
        FlakyJob.FailuresLeft[run] = 2;
        var jobKey = new JobKey($"flaky-{run}", "tests");
        // The way a feature registers a job: AddQuartz(q => q.ScheduleJob<T>(…)) with a retry policy on its trigger.
        await using var host = await PlatformHost.StartAsync(smtp: false, services: s => s.AddQuartz(q => q.ScheduleJob<FlakyJob>(
            trigger => trigger.WithIdentity($"flaky-{run}", "tests").StartNow()
                .WithRetryPolicy(RetryPolicy.Exponential(3, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromSeconds(10)))
                .UsingJobData("run", run),
            job => job.WithIdentity(jobKey).WithDescription("fails twice, then succeeds"))));

        await Eventually.HoldsAsync(() => Task.FromResult(FlakyJob.Attempts.TryGetValue(run, out var a) && a.Count >= 3),
            TimeSpan.FromSeconds(30), "the third attempt");
        var attempts = FlakyJob.Attempts[run].ToList();
        Assert.Equal(3, attempts.Count);
        var firstWait = attempts[1] - attempts[0];
        var secondWait = attempts[2] - attempts[1];
        Assert.True(firstWait >= TimeSpan.FromSeconds(0.8), $"first retry after {firstWait}");
        Assert.True(secondWait >= TimeSpan.FromSeconds(1.7), $"second retry after {secondWait}, expected about twice the first");

        var catalog = host.Services.GetRequiredService<JobCatalog>();
        JobSummary? summary = null;
        await Eventually.HoldsAsync(async () =>
        {
            summary = await catalog.FindAsync(jobKey);
            return summary is { RunCount: >= 3 };
        }, TimeSpan.FromSeconds(15), "the job's run status to record three runs");
        // A one-off job is deleted once its trigger is done; its run status is still listed.
        Assert.Equal("Succeeded", summary!.LastResult);
        Assert.NotNull(summary.LastFailedAtUtc);
        Assert.Contains("flaky failure", summary.LastFailureMessage);
        Assert.Equal(0, summary.FailureCount); // retried failures are not final failures

        var all = await catalog.ListAsync();
        var mail = Assert.Single(all, j => j.Key == "platform.mail-outbox");
        Assert.NotNull(Assert.Single(mail.Triggers).NextFireTimeUtc);
    }
}

/// <summary>Fails while its run still has failures left, recording when each attempt started.</summary>
public sealed class FlakyJob : IJob
{
    public static readonly ConcurrentDictionary<string, int> FailuresLeft = new();
    public static readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> Attempts = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var run = context.MergedJobDataMap.GetString("run")!;
        Attempts.GetOrAdd(run, _ => new()).Enqueue(DateTimeOffset.UtcNow);
        if (FailuresLeft.AddOrUpdate(run, 0, (_, left) => left - 1) >= 0)
            throw new JobExecutionException($"flaky failure {Attempts[run].Count}");
        return ValueTask.CompletedTask;
    }
}
