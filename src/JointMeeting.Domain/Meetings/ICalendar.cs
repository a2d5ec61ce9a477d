using System.Globalization;
using System.Text;

namespace JointMeeting.Domain.Meetings;

/// <summary>iTIP methods we send: an invitation (also for updates) and a cancellation (RFC 5546 §3.2.2, §3.2.5).</summary>
public enum CalendarMethod { Request, Cancel }

public enum AttendeeRole { Chair, RequiredParticipant, OptionalParticipant }

public enum ParticipationStatus { NeedsAction, Accepted, Declined }

public sealed record CalendarPerson(string Name, string Email);

public sealed record CalendarAttendee(string Name, string Email, AttendeeRole Role, ParticipationStatus Status);

/// <summary>Everything one VEVENT needs; <paramref name="Stamp"/> is when the message is generated (no clock inside).</summary>
public sealed record CalendarInvite(
    string MeetingId, string Domain, int Sequence, DateTimeOffset Stamp, TimeSlot Slot, string Summary, string Location,
    string Description, CalendarPerson Organizer, IReadOnlyList<CalendarAttendee> Attendees, string? Url = null);

/// <summary>RFC 5545 text: CRLF lines, TEXT escaping, folding at 75 octets that never splits a UTF-8 sequence.</summary>
public static class ICalendar
{
    public const string ProductId = "-//JointMeeting//Joint Meeting Platform 1.0//ZH";
    public const int MaxLineOctets = 75;
    private const string CrLf = "\r\n";

    /// <summary>Stable per meeting, so updates and cancellations replace the invitation already in the calendar.</summary>
    public static string Uid(string meetingId, string domain) => $"meeting-{meetingId}@{domain}";

    public static string Render(CalendarInvite invite, CalendarMethod method)
    {
        var cancel = method == CalendarMethod.Cancel;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:" + EscapeText(ProductId),
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + (cancel ? "CANCEL" : "REQUEST"),
            "BEGIN:VEVENT",
            "UID:" + EscapeText(Uid(invite.MeetingId, invite.Domain)),
            "SEQUENCE:" + invite.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + UtcDateTime(invite.Stamp),
            "DTSTART:" + UtcDateTime(invite.Slot.StartsAt),
            "DTEND:" + UtcDateTime(invite.Slot.EndsAt),
            "SUMMARY:" + EscapeText(invite.Summary),
            "LOCATION:" + EscapeText(invite.Location),
            "DESCRIPTION:" + EscapeText(invite.Description),
            $"ORGANIZER;CN={ParamValue(invite.Organizer.Name)}:mailto:{invite.Organizer.Email}",
        };
        lines.AddRange(invite.Attendees.Select(a =>
            $"ATTENDEE;CN={ParamValue(a.Name)};ROLE={RoleName(a.Role)};PARTSTAT={StatusName(a.Status)};RSVP={(cancel ? "FALSE" : "TRUE")}:mailto:{a.Email}"));
        if (invite.Url is not null) lines.Add("URL:" + invite.Url);
        lines.Add("STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(Fold(line)).Append(CrLf);
        return text.ToString();
    }

    /// <summary>TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n.</summary>
    public static string EscapeText(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
            .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    public static string UnescapeText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i == value.Length - 1) { text.Append(value[i]); continue; }
            var next = value[++i];
            text.Append(next is 'n' or 'N' ? '\n' : next);
        }
        return text.ToString();
    }

    /// <summary>
    /// Splits one content line into physical lines of at most 75 octets (the leading space of a continuation
    /// counts), cutting only between whole characters so a Chinese character's three bytes stay together.
    /// </summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 16);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                folded.Append(CrLf).Append(' ');
                octets = 1;
            }
            folded.Append(rune.ToString());
            octets += size;
        }
        return folded.ToString();
    }

    /// <summary>Undoes folding: every CRLF followed by one space or tab is removed (RFC 5545 §3.1).</summary>
    public static string Unfold(string text) => text.Replace("\r\n ", "").Replace("\r\n\t", "");

    /// <summary>The logical content lines of a calendar object.</summary>
    public static IReadOnlyList<string> ContentLines(string text) =>
        Unfold(text).Split(CrLf, StringSplitOptions.RemoveEmptyEntries);

    private static string UtcDateTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parameter values are always quoted; a quoted string may not hold DQUOTE or control characters.</summary>
    private static string ParamValue(string value) =>
        "\"" + new string(value.Where(ch => ch != '"' && !char.IsControl(ch)).ToArray()) + "\"";

    private static string RoleName(AttendeeRole role) => role switch
    {
        AttendeeRole.Chair => "CHAIR",
        AttendeeRole.OptionalParticipant => "OPT-PARTICIPANT",
        _ => "REQ-PARTICIPANT",
    };

    private static string StatusName(ParticipationStatus status) => status switch
    {
        ParticipationStatus.Accepted => "ACCEPTED",
        ParticipationStatus.Declined => "DECLINED",
        _ => "NEEDS-ACTION",
    };
}
