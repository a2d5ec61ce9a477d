using JointMeeting.Domain.Common;
using JointMeeting.Server.Meetings;
using JointMeeting.Server.Platform.Jobs;
using JointMeeting.Server.Tests.Platform;
using JointMeeting.Server.Tests.Support;
using JointMeeting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>
/// The reminder job (Meetings:ReminderDays, default 3 and 1) run through Quartz with the server's clock moved by the test:
/// nothing five days ahead, one reminder per member three days and one day ahead, never twice, through the real SMTP server.
/// </summary>
[Collection(SmtpSinkCollection.Name)]
public sealed class MeetingReminderTests
{
    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    /// <summary>Fires the job now and waits for that run to finish.</summary>
    private static async Task RunReminderJobAsync(AppHost host)
    {
        var catalog = host.Services.GetRequiredService<JobCatalog>();
        var runs = (await catalog.FindAsync(MeetingReminderJob.Key))?.RunCount ?? 0;
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(MeetingReminderJob.Key);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await catalog.FindAsync(MeetingReminderJob.Key);
            if (job is { } j && j.RunCount > runs && j.LastSucceededAtUtc is not null) return;
            Assert.True(DateTime.UtcNow < deadline, "the reminder job did not run within 30 s");
            await Task.Delay(100);
        }
    }

    /// <summary>Reminders of the meeting in the outbox, sent or not (one row per mail: the dedupe key stores a repeat once).</summary>
    private static Task<long> RemindersQueuedAsync(AppHost host, string meetingId) =>
        host.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE 'meeting-reminder:' || $1 || ':%'", meetingId);

    private static async Task<List<string>> RemindersToAsync(WorldPerson person) =>
        (await SmtpSink.MessagesToAsync(person.Email)).Select(m => m.Str("subject")).Where(s => s.StartsWith("会议提醒")).ToList();

    [Fact]
    public async Task Members_are_reminded_three_days_and_one_day_before_once_each()
    {
        var clock = new CycleClock();
        await using var host = await AppHost.StartAsync(demo: false, services: s => s.AddSingleton<TimeProvider>(clock));
        var world = await CycleWorld.CreateAsync(host);
        using var secretary = await world.SignInAsync(world.Secretary);
        var start = ChinaTime.StartOf(ChinaTime.Today(clock.GetUtcNow()).AddDays(5)).AddHours(9);
        var meetingId = (await secretary.DataAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start), endsAt = Utc(start.AddHours(2)), place = "社区党群服务中心" } }))
            .Str("scheduleMeeting", "id");
        var members = world.Contacts.Append(world.Secretary).ToList();

        await RunReminderJobAsync(host);
        Assert.Equal(0L, await RemindersQueuedAsync(host, meetingId)); // five days ahead: not yet

        clock.Advance(TimeSpan.FromDays(2));
        await RunReminderJobAsync(host);
        Assert.Equal(members.Count, await RemindersQueuedAsync(host, meetingId));
        foreach (var member in members)
        {
            var mails = await SmtpSink.WaitForAsync(member.Email, m => m.Any(x => x.Str("subject").StartsWith("会议提醒")), TimeSpan.FromSeconds(60));
            var reminder = mails.First(x => x.Str("subject").StartsWith("会议提醒"));
            Assert.Contains("3天后召开", reminder.Str("subject"));
            Assert.Contains($"/meetings/{meetingId}", reminder.Str("text"));
            Assert.Contains("社区党群服务中心", reminder.Str("text"));
        }
        await RunReminderJobAsync(host); // the hourly run again on the same day: the outbox's key sends nothing new
        Assert.Equal(members.Count, await RemindersQueuedAsync(host, meetingId));
        await Task.Delay(1500);          // a duplicate would have arrived by now
        foreach (var member in members) Assert.Single(await RemindersToAsync(member));

        clock.Advance(TimeSpan.FromDays(2));
        await RunReminderJobAsync(host);
        Assert.Equal(2 * members.Count, await RemindersQueuedAsync(host, meetingId));
        foreach (var member in members)
        {
            var mails = await SmtpSink.WaitForAsync(member.Email, m => m.Count(x => x.Str("subject").StartsWith("会议提醒")) >= 2, TimeSpan.FromSeconds(60));
            Assert.Single(mails, x => x.Str("subject").Contains("1天后召开"));
        }
    }
}
