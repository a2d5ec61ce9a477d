using System.Text;
using System.Text.Json;
using JointMeeting.Server.Platform.Email;
using JointMeeting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JointMeeting.Server.Tests.Platform;

[Collection(SmtpOutageCollection.Name)]
public sealed class MailOutboxTests
{
    private static string Address(string what) => $"{what}-{Guid.NewGuid():N}@tests.jointmeeting.local";

    private static MailMessage Mail(string to, string subject = "Hello") =>
        new() { To = [to], Subject = subject, TextBody = "Plain text body" };

    [Fact]
    public async Task Mail_queued_while_the_smtp_server_is_down_is_delivered_exactly_once_when_it_returns()
    {
        await using var host = await PlatformHost.StartAsync();
        var outbox = host.Services.GetRequiredService<IMailOutbox>();
        var addresses = Enumerable.Range(0, 5).Select(i => Address($"outage{i}")).ToList();

        await SmtpSink.StopAsync();
        try
        {
            foreach (var address in addresses) await outbox.EnqueueAsync(Mail(address, "During the outage"));
            // Give the sender time to try (and fail) a few times.
            await Eventually.HoldsAsync(async () => await host.ScalarAsync<long>(
                "SELECT count(*) FROM mail_outbox WHERE attempts > 0 AND last_error IS NOT NULL") > 0,
                TimeSpan.FromSeconds(10), "a failed attempt recorded in the outbox");
            Assert.Equal(5L, await host.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL"));
            var health = await host.GetJsonAsync("/health");
            Assert.Equal(5, health.GetProperty("outbox").GetProperty("backlog").GetInt64());
        }
        finally
        {
            await SmtpSink.StartAsync();
        }

        await Eventually.HoldsAsync(async () => await host.ScalarAsync<long>(
            "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL") == 0, TimeSpan.FromSeconds(30), "the outbox to drain");
        await Task.Delay(1500); // a duplicate would show up now
        foreach (var address in addresses)
            Assert.Single(await SmtpSink.MessagesToAsync(address));
    }

    [Fact]
    public async Task The_sender_resumes_after_the_database_was_lost_and_came_back()
    {
        await using var host = await PlatformHost.StartAsync();
        var before = Address("before-outage");
        var after = Address("after-outage");
        var outbox = host.Services.GetRequiredService<IMailOutbox>();
        await outbox.EnqueueAsync(Mail(before));
        Assert.Single(await SmtpSink.WaitForAsync(before, m => m.Count > 0, TimeSpan.FromSeconds(15)));

        await DatabaseOutage.BeginAsync(host.Database.Name);
        try
        {
            await Task.Delay(3000); // the job and Quartz itself fail against the missing database meanwhile
            await Assert.ThrowsAnyAsync<Exception>(() => outbox.EnqueueAsync(Mail(Address("during-outage"))));
        }
        finally
        {
            await DatabaseOutage.EndAsync(host.Database.Name);
        }

        await Eventually.HoldsAsync(async () =>
        {
            try { await outbox.EnqueueAsync(Mail(after)); return true; }
            catch (Npgsql.NpgsqlException) { return false; }
        }, TimeSpan.FromSeconds(15), "enqueueing to work again");
        Assert.Single(await SmtpSink.WaitForAsync(after, m => m.Count > 0, TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public async Task Mail_is_sent_only_when_the_callers_transaction_commits()
    {
        await using var host = await PlatformHost.StartAsync();
        var outbox = host.Services.GetRequiredService<IMailOutbox>();
        var rolledBack = Address("rolledback");
        var committed = Address("committed");

        await using (var conn = await host.DataSource.OpenConnectionAsync())
        {
            await using (var tx = await conn.BeginTransactionAsync())
            {
                await outbox.EnqueueAsync(conn, tx, Mail(rolledBack));
                await tx.RollbackAsync();
            }
            await using (var tx = await conn.BeginTransactionAsync())
            {
                await outbox.EnqueueAsync(conn, tx, Mail(committed));
                await tx.CommitAsync();
            }
        }

        var got = await SmtpSink.WaitForAsync(committed, m => m.Count > 0, TimeSpan.FromSeconds(15));
        Assert.Single(got);
        Assert.Empty(await SmtpSink.MessagesToAsync(rolledBack));
    }

    [Fact]
    public async Task Text_html_and_a_calendar_invitation_arrive_as_sent()
    {
        await using var host = await PlatformHost.StartAsync();
        var to = Address("invite");
        var cc = Address("invite-cc");
        const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//JointMeeting//Tests//EN\r\nBEGIN:VEVENT\r\nUID:t-1@jointmeeting\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260102T090000Z\r\nSUMMARY:联席会议\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var binary = new byte[] { 0, 1, 2, 250, 255 };
        await host.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(new MailMessage
        {
            To = [to],
            Cc = [cc],
            Subject = "会议邀请 Meeting invitation",
            TextBody = "Plain: 请参加会议",
            HtmlBody = "<p>HTML: <b>请参加会议</b></p>",
            Attachments = [MailAttachment.Calendar(ics), new MailAttachment("data.bin", "application/octet-stream", binary)],
        });

        var mail = Assert.Single(await SmtpSink.WaitForAsync(to, m => m.Count > 0, TimeSpan.FromSeconds(15)));
        Assert.Equal("会议邀请 Meeting invitation", mail.GetProperty("subject").GetString());
        Assert.Contains(cc, mail.GetProperty("cc").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("tests@jointmeeting.local", mail.GetProperty("from").GetString());
        Assert.Contains("Plain: 请参加会议", mail.GetProperty("text").GetString());
        Assert.Contains("<b>请参加会议</b>", mail.GetProperty("html").GetString());

        var attachments = mail.GetProperty("attachments").EnumerateArray().ToList();
        var invite = attachments.Single(a => a.GetProperty("filename").GetString() == "invite.ics");
        var type = invite.GetProperty("contentType").GetString()!;
        Assert.StartsWith("text/calendar", type);
        Assert.Contains("method=REQUEST", type);
        Assert.Equal(ics, invite.GetProperty("content").GetString());
        var data = attachments.Single(a => a.GetProperty("filename").GetString() == "data.bin");
        Assert.Equal(binary, Convert.FromBase64String(data.GetProperty("content").GetString()!));
    }

    [Fact]
    public async Task The_same_dedupe_key_is_queued_once()
    {
        await using var host = await PlatformHost.StartAsync(smtp: false);
        var outbox = host.Services.GetRequiredService<IMailOutbox>();
        var mail = Mail(Address("dedupe")) with { DedupeKey = "reminder:meeting-1:person-2" };

        var first = await outbox.EnqueueAsync(mail);
        var second = await outbox.EnqueueAsync(mail);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mail_outbox"));
    }

    [Fact]
    public async Task Without_an_smtp_host_mail_waits_in_the_outbox()
    {
        await using var host = await PlatformHost.StartAsync(smtp: false);
        await host.Services.GetRequiredService<IMailOutbox>().EnqueueAsync(Mail(Address("nosmtp")));

        await Task.Delay(2000); // several sender ticks
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts = 0"));
        var health = await host.GetJsonAsync("/health");
        Assert.Equal(1, health.GetProperty("outbox").GetProperty("backlog").GetInt64());
        Assert.False(health.GetProperty("outbox").GetProperty("smtpConfigured").GetBoolean());
    }
}
