using System.Net;
using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.EventStore;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Email;
using JointMeeting.Server.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Meetings;

/// <summary>
/// The meeting's mails, queued in the append's transaction: invitations with an RFC 5545 invite (REQUEST on
/// schedule and reschedule with a rising SEQUENCE, CANCEL on cancellation), minutes to members, reminders.
/// One mail per member, deduplicated by meeting, sequence (or event) and person.
/// </summary>
public sealed class MeetingMail(IMailOutbox outbox, IOptions<AppOptions> app)
{
    /// <summary>The host of the public URL: the UID's right-hand side, stable across restarts.</summary>
    public string Domain => new Uri(app.Value.BaseUrl).Host;

    public string Link(string path) => app.Value.Link(path);

    /// <summary>An AfterEvents callback: invitations (or the cancellation) for the meeting as the events left it.</summary>
    public Func<AppendContext, CancellationToken, Task> Invitations(Committee committee) => async (ctx, ct) =>
    {
        if (!ctx.Events.Any(e => e.Data is MeetingScheduled or MeetingRescheduled or MeetingCancelled)) return;
        var meeting = await CurrentAsync(ctx, ct);
        if (meeting is null) return;
        foreach (var seat in committee.Invitees)
            await outbox.EnqueueAsync(ctx.Connection, ctx.Transaction,
                Invitation(meeting, committee, seat, ctx.Events[^1].Timestamp) with
                {
                    DedupeKey = $"meeting-invite:{meeting.Id}:{meeting.Sequence}:{seat.PersonId}",
                }, ct);
    };

    public MailMessage Invitation(Meeting meeting, Committee committee, CommitteeSeat seat, DateTimeOffset stamp)
    {
        var method = MeetingCalendar.MethodFor(meeting);
        var emails = committee.Invitees.ToDictionary(s => s.PersonId, s => s.Email!);
        var convener = committee.MemberOf(committee.ConvenerPersonId)?.Seat;
        var organizer = new CalendarPerson(convener?.Name ?? committee.Name, convener?.Email ?? $"noreply@{Domain}");
        var link = Link($"/meetings/{meeting.Id}");
        var ics = ICalendar.Render(MeetingCalendar.InviteFor(meeting, Domain, stamp, organizer, emails, link), method);
        var when = Local(meeting.Slot.StartsAt) + " 至 " + meeting.Slot.EndsAt.ToOffset(ChinaTime.Offset).ToString("HH:mm");
        var (subject, text) = method == CalendarMethod.Cancel
            ? ($"会议取消：{meeting.Title}", $"{seat.Name}，您好：\n\n原定于 {when} 在 {meeting.Place} 召开的「{meeting.Title}」已取消。\n取消原因：{meeting.CancelReason}\n\n{link}")
            : meeting.Sequence == 0
                ? ($"会议通知：{meeting.Title}", $"{seat.Name}，您好：\n\n兹定于 {when} 在 {meeting.Place} 召开「{meeting.Title}」。\n{Agenda(meeting)}\n请回复参会或请假（请假须说明事由）。\n\n会议详情：{link}")
                : ($"会议变更：{meeting.Title}", $"{seat.Name}，您好：\n\n「{meeting.Title}」的时间或地点已变更，现定于 {when} 在 {meeting.Place} 召开。\n{Agenda(meeting)}\n会议详情：{link}");
        return Compose(seat.Email!, subject, text) with
        {
            Attachments = [MailAttachment.Calendar(ics, "invite.ics", method == CalendarMethod.Cancel ? "CANCEL" : "REQUEST")],
        };
    }

    /// <summary>An AfterEvents callback for MinutesPublished: the minutes to every member with an email.</summary>
    public Func<AppendContext, CancellationToken, Task> Minutes(Committee committee) => async (ctx, ct) =>
    {
        if (!ctx.Events.Any(e => e.Data is MinutesPublished)) return;
        var meeting = await CurrentAsync(ctx, ct);
        if (meeting is null) return;
        var print = Link($"/meetings/{meeting.Id}/minutes/print");
        foreach (var seat in committee.Invitees)
            await outbox.EnqueueAsync(ctx.Connection, ctx.Transaction, Compose(seat.Email!, $"会议纪要：{meeting.Title}",
                $"{seat.Name}，您好：\n\n「{meeting.Title}」（{Local(meeting.Slot.StartsAt)}）会议纪要已审定发布：\n\n{meeting.MinutesText}\n\n打印版：{print}")
                with { DedupeKey = $"meeting-minutes:{meeting.Id}:{seat.PersonId}" }, ct);
    };

    /// <summary>A reminder N days before; deduplicated per meeting, sequence, lead and person so each goes once.</summary>
    public Task RemindAsync(Meeting meeting, CommitteeSeat seat, int daysBefore, CancellationToken ct) =>
        outbox.EnqueueAsync(Compose(seat.Email!, $"会议提醒：{meeting.Title}（{daysBefore}天后召开）",
                $"{seat.Name}，您好：\n\n「{meeting.Title}」将于 {Local(meeting.Slot.StartsAt)} 在 {meeting.Place} 召开。\n{Agenda(meeting)}\n如不能参加，请及时请假。\n\n会议详情：{Link($"/meetings/{meeting.Id}")}")
            with { DedupeKey = $"meeting-reminder:{meeting.Id}:{meeting.Sequence}:{daysBefore}:{seat.PersonId}" }, ct);

    public static MailMessage Compose(string to, string subject, string text) => new()
    {
        To = [to],
        Subject = subject,
        TextBody = text,
        HtmlBody = "<div style=\"font-family:sans-serif;line-height:1.6\">" + WebUtility.HtmlEncode(text).Replace("\n", "<br>") + "</div>",
    };

    public static string Local(DateTimeOffset t) => t.ToOffset(ChinaTime.Offset).ToString("yyyy年M月d日 HH:mm");

    private static string Agenda(Meeting meeting) =>
        meeting.Agenda.Count == 0 ? "" : "议程：\n" + string.Join("\n", meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}")) + "\n";

    private static async Task<Meeting?> CurrentAsync(AppendContext ctx, CancellationToken ct)
    {
        // Inline projections ran before this callback, in the same transaction: the row is the state after the events.
        await using var cmd = Sql.Command(ctx, "SELECT state::text FROM meetings WHERE id = $1", MeetingAggregates.Meetings.IdOf(ctx.StreamId));
        return await cmd.ExecuteScalarAsync(ct) is string json ? StateJson.Deserialize<Meeting>(json) : null;
    }
}
