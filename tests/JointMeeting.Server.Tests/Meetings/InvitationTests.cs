using System.Text.Json;
using JointMeeting.Server.Tests.Needs;
using JointMeeting.Server.Tests.Platform;
using JointMeeting.Testing;

namespace JointMeeting.Server.Tests.Meetings;

/// <summary>
/// scheduleMeeting → rescheduleMeeting → cancelMeeting over HTTP: every member receives, through the real SMTP server,
/// an RFC 5545 invitation (REQUEST), its update (REQUEST, SEQUENCE 1) and the cancellation (CANCEL, SEQUENCE 2) with one
/// UID. The three .ics land in tests/artifacts/ics/ where tests/Meetings/ics.test.mjs parses them with ical.js.
/// </summary>
[Collection(SmtpSinkCollection.Name)]
public sealed class InvitationTests(CycleHostFixture fixture) : IClassFixture<CycleHostFixture>
{
    private static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    [Fact]
    public async Task Invitation_update_and_cancellation_reach_every_member_with_one_uid_and_rising_sequence()
    {
        var world = await CycleWorld.CreateAsync(fixture.Host);
        using var secretary = await world.SignInAsync(world.Secretary);
        var start = DateTimeOffset.UtcNow.AddDays(5).Date.AddHours(1); // 09:00 Beijing
        var scheduled = await secretary.DataAsync("""
            mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version sequence title phase invitations { personId } } }
            """, new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start), endsAt = Utc(start.AddHours(2)), place = "社区党群服务中心二楼会议室" } });
        var meetingId = scheduled.Str("scheduleMeeting", "id");
        Assert.Equal("UPCOMING", scheduled.Str("scheduleMeeting", "phase"));
        Assert.Equal(4, scheduled.GetProperty("scheduleMeeting").GetProperty("invitations").GetArrayLength());

        var overlapping = await secretary.SendAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(start.AddHours(1)), endsAt = Utc(start.AddHours(3)), place = "别处" } });
        Assert.Equal("VALIDATION", overlapping.Code);
        var past = await secretary.SendAsync("mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }",
            new { input = new { committeeId = world.CommitteeId, startsAt = Utc(DateTimeOffset.UtcNow.AddDays(-1)), endsAt = Utc(DateTimeOffset.UtcNow.AddDays(-1).AddHours(1)), place = "别处" } });
        Assert.Equal("VALIDATION", past.Code);

        await secretary.DataAsync("mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) { sequence } }",
            new { input = new { meetingId, startsAt = Utc(start.AddDays(1)), endsAt = Utc(start.AddDays(1).AddHours(2)), place = "康宁医院多功能厅", reason = "会议室维修" } });
        var cancelled = await secretary.DataAsync("mutation($input: MeetingActionInput!) { cancelMeeting(input: $input) { sequence phase } }",
            new { input = new { meetingId, reason = "上级临时召开会议" } });
        Assert.Equal(2, cancelled.Int("cancelMeeting", "sequence"));
        Assert.Equal("CANCELLED", cancelled.Str("cancelMeeting", "phase"));

        foreach (var member in world.Contacts.Append(world.Secretary))
        {
            var mails = await SmtpSink.WaitForAsync(member.Email, m => m.Count >= 3, TimeSpan.FromSeconds(30));
            Assert.Equal(3, mails.Count);
        }
        var received = (await SmtpSink.MessagesToAsync(world.Contacts[0].Email)).ToList();
        var ics = received.Select(Invite).ToList();
        var byMethod = ics.OrderBy(c => Field(c, "SEQUENCE")).ToList();
        Assert.Equal(["REQUEST", "REQUEST", "CANCEL"], byMethod.Select(c => Field(c, "METHOD")));
        Assert.Equal(["0", "1", "2"], byMethod.Select(c => Field(c, "SEQUENCE")));
        Assert.Single(byMethod.Select(c => Field(c, "UID")).Distinct());
        Assert.Contains(meetingId, Field(byMethod[0], "UID"));
        Assert.All(received, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("text").GetString())));
        Assert.All(received, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("html").GetString())));
        Assert.Contains(received, m => m.GetProperty("subject").GetString()!.StartsWith("会议取消"));

        var dir = Path.Combine(RepositoryRoot(), "tests", "artifacts", "ics");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "1-request.ics"), byMethod[0]);
        await File.WriteAllTextAsync(Path.Combine(dir, "2-update.ics"), byMethod[1]);
        await File.WriteAllTextAsync(Path.Combine(dir, "3-cancel.ics"), byMethod[2]);
    }

    /// <summary>The invite.ics attachment (the text/calendar alternative carries the same bytes).</summary>
    private static string Invite(JsonElement mail)
    {
        var parts = mail.GetProperty("attachments").EnumerateArray()
            .Where(a => a.GetProperty("contentType").GetString()!.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(parts);
        var named = parts.FirstOrDefault(a => a.TryGetProperty("filename", out var f) && f.GetString() == "invite.ics");
        var part = named.ValueKind == JsonValueKind.Undefined ? parts[0] : named;
        return part.GetProperty("content").GetString()!;
    }

    private static string Field(string ics, string name) =>
        ics.Replace("\r\n ", "").Split("\r\n").First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "JointMeeting.sln"))) return dir.FullName;
        throw new InvalidOperationException("JointMeeting.sln not found above the test binaries");
    }
}
