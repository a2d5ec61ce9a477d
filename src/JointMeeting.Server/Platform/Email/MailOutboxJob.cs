using Quartz;

namespace JointMeeting.Server.Platform.Email;

/// <summary>Drains the outbox every few seconds; clustered, so one node at a time does it.</summary>
[DisallowConcurrentExecution]
[RetryPolicy(0)] // the next tick is the retry, and every row carries its own backoff
public sealed class MailOutboxJob(MailOutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("mail-outbox", "platform");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var sent = await dispatcher.DispatchDueAsync(ct);
        context.Result = sent;
    }
}
