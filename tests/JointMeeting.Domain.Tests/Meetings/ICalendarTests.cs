using System.Text;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Meetings.MeetingFixture;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using MeetingSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Meetings.IMeetingCommand, JointMeeting.Domain.Meetings.IMeetingEvent,
    JointMeeting.Domain.Meetings.Meeting, JointMeeting.Domain.Meetings.MeetingDecider>;

namespace JointMeeting.Domain.Tests.Meetings;

public class ICalendarTests
{
    private static readonly CalendarPerson Organizer = new("王书记", "wang@c1.example.org");

    private static readonly Dictionary<string, string> Emails = new()
    {
        ["p-comm"] = "wang@c1.example.org", ["p-unit1"] = "li@u1.example.org", ["p-unit2"] = "chen@u2.example.org",
    };

    private static string Render(params IMeetingEvent[] history)
    {
        var meeting = MeetingSpec.Given(history).State!;
        return ICalendar.Render(MeetingCalendar.InviteFor(meeting, "jm.example.org", Now, Organizer, Emails), MeetingCalendar.MethodFor(meeting));
    }

    private static readonly string LongChinese =
        string.Concat(Enumerable.Repeat("区域化党建联席会议研究楼道堆物清理和老旧小区加装电梯等民生实事，", 4)) + "😀完";

    [Fact]
    public void An_invitation_has_the_request_shape_in_utc()
    {
        var lines = ICalendar.ContentLines(Render(Scheduled, new AttendanceConfirmed("m1", "p-unit1", "p-unit1", Now),
            new LeaveRequested("m1", "p-unit2", "出差", "p-unit2", Now)));
        Assert.Equal(["BEGIN:VCALENDAR", "PRODID:-//JointMeeting//Joint Meeting Platform 1.0//ZH", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT"], lines.Take(6));
        Assert.Contains("UID:meeting-m1@jm.example.org", lines);
        Assert.Contains("SEQUENCE:0", lines);
        Assert.Contains("DTSTAMP:20260302T020000Z", lines);
        Assert.Contains("DTSTART:20260309T063000Z", lines); // 14:30 Beijing
        Assert.Contains("DTEND:20260309T083000Z", lines);
        Assert.Contains("SUMMARY:3月联席会议", lines);
        Assert.Contains("LOCATION:社区党群服务中心", lines);
        Assert.Contains("ORGANIZER;CN=\"王书记\":mailto:wang@c1.example.org", lines);
        Assert.Contains("ATTENDEE;CN=\"王书记\";ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wang@c1.example.org", lines);
        Assert.Contains("ATTENDEE;CN=\"李委员\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:li@u1.example.org", lines);
        Assert.Contains("ATTENDEE;CN=\"陈委员\";ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;RSVP=TRUE:mailto:chen@u2.example.org", lines);
        Assert.Equal(["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"], lines.TakeLast(3));
    }

    [Fact]
    public void Lines_end_in_crlf_only()
    {
        var text = Render(Scheduled);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.DoesNotContain("\r", text.Replace("\r\n", ""));
    }

    [Fact]
    public void Long_chinese_lines_fold_to_75_octets_without_splitting_characters_and_unfold_back()
    {
        var line = "DESCRIPTION:" + LongChinese;
        var folded = ICalendar.Fold(line);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var bytes = Encoding.UTF8.GetBytes(folded);
        var physical = SplitOnCrLf(bytes);
        Assert.True(physical.Count > 4);
        Assert.All(physical, p => Assert.InRange(p.Length, 1, 75));
        Assert.All(physical.Skip(1), p => Assert.Equal((byte)' ', p[0]));
        Assert.All(physical, p => strict.GetString(p)); // throws if a UTF-8 sequence was cut
        Assert.Equal(line, ICalendar.Unfold(folded));
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded_and_76_is()
    {
        var exactly = new string('x', 75);
        Assert.Equal(exactly, ICalendar.Fold(exactly));
        Assert.Equal(exactly + "\r\n y", ICalendar.Fold(exactly + "y"));
        var chinese = "SUMMARY:" + new string('会', 30); // 8 + 90 octets: 22 characters fit on the first line (74 octets)
        Assert.Equal("SUMMARY:" + new string('会', 22) + "\r\n " + new string('会', 8), ICalendar.Fold(chinese));
    }

    [Fact]
    public void Text_is_escaped_and_unescapes_back()
    {
        const string raw = "议题一,议题二;经费\\合计\n第二行";
        Assert.Equal("议题一\\,议题二\\;经费\\\\合计\\n第二行", ICalendar.EscapeText(raw));
        Assert.Equal(raw, ICalendar.UnescapeText(ICalendar.EscapeText(raw)));
        var lines = ICalendar.ContentLines(Render(Scheduled with { Place = "会议室A,3楼;东侧" }));
        Assert.Contains("LOCATION:会议室A\\,3楼\\;东侧", lines);
    }

    [Fact]
    public void The_agenda_goes_into_a_description_with_escaped_newlines()
    {
        var lines = ICalendar.ContentLines(Render(Scheduled, ProjectItemAdded));
        Assert.Contains("DESCRIPTION:一社区联合党委 第3次联席会议\\n议程：\\n1. 楼道堆物清理项目", lines);
    }

    [Fact]
    public void Rescheduling_keeps_the_uid_and_raises_the_sequence()
    {
        var later = new TimeSlot(Slot.StartsAt.AddDays(1), Slot.EndsAt.AddDays(1));
        var before = ICalendar.ContentLines(Render(Scheduled));
        var after = ICalendar.ContentLines(Render(Scheduled, new MeetingRescheduled("m1", later, "会议室B", 1, null, "p-comm", Now)));
        Assert.Equal(before.Single(l => l.StartsWith("UID:")), after.Single(l => l.StartsWith("UID:")));
        Assert.Contains("SEQUENCE:1", after);
        Assert.Contains("DTSTART:20260310T063000Z", after);
        Assert.Contains("METHOD:REQUEST", after);
    }

    [Fact]
    public void A_cancellation_has_the_cancel_shape()
    {
        var lines = ICalendar.ContentLines(Render(Scheduled, new MeetingCancelled("m1", "防汛值班", 1, "p-comm", Now)));
        Assert.Contains("METHOD:CANCEL", lines);
        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("UID:meeting-m1@jm.example.org", lines);
        Assert.Contains("SEQUENCE:1", lines);
        Assert.Contains("DESCRIPTION:会议已取消：防汛值班", lines);
        Assert.All(lines.Where(l => l.StartsWith("ATTENDEE")), l => Assert.Contains("RSVP=FALSE", l));
        Assert.DoesNotContain("STATUS:CONFIRMED", lines);
    }

    [Fact]
    public void Quotes_in_names_cannot_break_parameters()
    {
        var invite = MeetingCalendar.InviteFor(MeetingSpec.Given(Scheduled).State!, "jm.example.org", Now,
            new CalendarPerson("王\"书记\";x", "wang@c1.example.org"), Emails);
        Assert.Contains("ORGANIZER;CN=\"王书记;x\":mailto:wang@c1.example.org", ICalendar.ContentLines(ICalendar.Render(invite, CalendarMethod.Request)));
    }

    private static List<byte[]> SplitOnCrLf(byte[] bytes)
    {
        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            parts.Add(bytes[start..i]);
            start = i + 2;
        }
        parts.Add(bytes[start..]);
        return parts;
    }
}
