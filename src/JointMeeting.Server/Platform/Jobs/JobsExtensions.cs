using Quartz;

namespace JointMeeting.Server.Platform.Jobs;

public static class JobsExtensions
{
    /// <summary>
    /// Quartz with its PostgreSQL job store, clustered (each trigger fires on one node), execution history
    /// kept in the database (last result and failures per job) and a default retry policy with backoff.
    /// The schema comes from our migrations (Jobs/Migrations/0001_quartz_schema.sql); Quartz only validates it.
    /// </summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddQuartz(q =>
        {
            // Unique per process: Quartz's default derives it from the host name, and two nodes on one machine would clash.
            q.ConfigureScheduler(s => s.InstanceId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
            q.UseDefaultRetryPolicy(JobRetry.Default);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(db => db.UseRegisteredDataSource = true); // our NpgsqlDataSource, one pool
                store.UseClustering();
                store.UseSystemTextJsonSerializer();
                store.UseExecutionHistory();
                // Its misfire handler and cluster manager retry a lost database forever; as foreground threads they kept
                // the process alive after Main returned (SIGTERM with PostgreSQL down never ended it).
                store.ConfigureStore(o => o.UseBackgroundThreads = true);
            });
            q.AddJobListener<JobFailureLog>();
        });
        builder.Services.AddHostedService<JobSchedulerLifetime>(); // not AddQuartzHostedService: its stop has no deadline
        builder.Services.AddSingleton<JobCatalog>();
        return builder;
    }
}

/// <summary>Retry policies for jobs. A job type can declare its own with [RetryPolicy(...)], a trigger with WithRetryPolicy.</summary>
public static class JobRetry
{
    /// <summary>5 retries after 30 s, 1 min, 2 min, 4 min, 8 min (±20 % so failed jobs don't return in a herd).</summary>
    public static readonly RetryPolicy Default =
        RetryPolicy.Exponential(5, TimeSpan.FromSeconds(30), 2.0, TimeSpan.FromMinutes(30), 0.2);
}
