using Microsoft.Extensions.Options;
using Quartz;

namespace JointMeeting.Server.Platform.Email;

public static class EmailExtensions
{
    /// <summary>The mail outbox (<see cref="IMailOutbox"/>), the SMTP sender and the job that drains the outbox.</summary>
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddOptions<MailOutboxOptions>().BindConfiguration(MailOutboxOptions.Section);
        services.AddSingleton<IMailOutbox, PostgresMailOutbox>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<UnsentMailNotice>();
        services.AddSingleton<MailOutboxDispatcher>();
        services.AddQuartz(q => q.ScheduleJob<MailOutboxJob>(
            (sp, trigger) => trigger
                .WithIdentity("mail-outbox", "platform")
                .StartNow()
                .WithSimpleSchedule(s => s
                    .WithInterval(sp.GetRequiredService<IOptions<MailOutboxOptions>>().Value.PollInterval)
                    .RepeatForever()
                    .MeasureIntervalFromCompletion()), // a slow pass delays the next one instead of piling misfires
            (sp, job) => job.WithIdentity(MailOutboxJob.Key).WithDescription("Sends mail waiting in mail_outbox")));
        return builder;
    }
}
