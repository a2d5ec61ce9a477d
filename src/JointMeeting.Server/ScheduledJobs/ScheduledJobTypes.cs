using JointMeeting.Domain.Common;
using JointMeeting.GraphQL.Types;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Jobs;
using Quartz;

namespace JointMeeting.Server.ScheduledJobs;

/// <summary>
/// The admins' view of scheduled work (Quartz's own dashboard is not available): every job with its
/// next fire times, last result and failures, and a way to run one now.
/// </summary>
public sealed class ScheduledJobTypes : IGraphQLModule
{
    public void Configure(SchemaBuilder b)
    {
        b.Object<TriggerSummary>("JobTrigger", t =>
        {
            t.Field("key", x => x.Key).Type("String!");
            t.Field("state", x => x.State).Type("String!");
            t.Field("nextFireTime", x => x.NextFireTimeUtc).Type("DateTime");
            t.Field("previousFireTime", x => x.PreviousFireTimeUtc).Type("DateTime");
            t.Field("retryPolicy", x => x.RetryPolicy).Type("String");
            t.Field("retryAttempt", x => x.RetryAttempt).Type("Int!");
        });
        b.Object<JobSummary>("ScheduledJob", t =>
        {
            t.Description("一个定时任务：下次运行时间、最近结果与失败");
            t.Field("key", x => x.Key).Type("String!");
            t.Field("description", x => x.Description).Type("String");
            t.Field("triggers", x => x.Triggers).Type("[JobTrigger!]!");
            t.Field("nextFireTime", x => x.Triggers.Select(tr => tr.NextFireTimeUtc).Where(d => d is not null).Min()).Type("DateTime");
            t.Field("lastFiredAt", x => x.LastFiredAtUtc).Type("DateTime");
            t.Field("lastResult", x => x.LastResult).Type("String");
            t.Field("lastSucceededAt", x => x.LastSucceededAtUtc).Type("DateTime");
            t.Field("lastFailedAt", x => x.LastFailedAtUtc).Type("DateTime");
            t.Field("lastFailureMessage", x => x.LastFailureMessage).Type("String");
            t.Field("consecutiveFailures", x => x.ConsecutiveFailures).Type("Int!");
            t.Field("runCount", x => (int)Math.Min(x.RunCount, int.MaxValue)).Type("Int!");
            t.Field("failureCount", x => (int)Math.Min(x.FailureCount, int.MaxValue)).Type("Int!");
        });
        b.Input<RunJobNowInput>("RunJobNowInput", i => i.Field("key", "String!", "任务标识，如 DEFAULT.mail-outbox"));

        b.Query("scheduledJobs", f => f.Type("[ScheduledJob!]!").Description("定时任务（区委组织部管理员）")
            .Resolve(async ctx =>
            {
                await RequireAdminAsync(ctx);
                return await ctx.Service<JobCatalog>().ListAsync(ctx.CancellationToken);
            }));
        b.Mutation("runJobNow", f => f.Type("ScheduledJob!").Argument("input", "RunJobNowInput!").Description("立即运行一个定时任务")
            .Resolve(async ctx =>
            {
                await RequireAdminAsync(ctx);
                var input = ctx.Arg<RunJobNowInput>("input");
                var key = ParseKey(input.Key);
                var scheduler = await ctx.Service<ISchedulerFactory>().GetScheduler(ctx.CancellationToken);
                if (await scheduler.GetJobDetail(key, ctx.CancellationToken) is null) throw DomainException.NotFound("定时任务");
                await scheduler.TriggerJob(key, ctx.CancellationToken);
                return await ctx.Service<JobCatalog>().FindAsync(key, ctx.CancellationToken);
            }));
    }

    // Jobs run for the whole deployment, so only district admins see or start them.
    private static async Task RequireAdminAsync(ResolverContext ctx)
    {
        var actor = await ctx.Service<CurrentActor>().RequireAsync(ctx.User, ctx.CancellationToken);
        ScopeRules.Demand(actor.Holds(Role.DistrictAdmin), "只有区委组织部管理员可以查看定时任务");
    }

    private static JobKey ParseKey(string key)
    {
        var dot = key.IndexOf('.');
        return dot < 0 ? new JobKey(key) : new JobKey(key[(dot + 1)..], key[..dot]);
    }
}

public sealed record RunJobNowInput(string Key);
