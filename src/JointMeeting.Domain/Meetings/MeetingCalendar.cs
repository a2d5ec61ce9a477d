namespace JointMeeting.Domain.Meetings;

/// <summary>Turns a meeting into its calendar message; emails are passed in because events do not store them.</summary>
public static class MeetingCalendar
{
    public static CalendarMethod MethodFor(Meeting meeting) => meeting.IsCancelled ? CalendarMethod.Cancel : CalendarMethod.Request;

    public static CalendarInvite InviteFor(
        Meeting meeting, string domain, DateTimeOffset stamp, CalendarPerson organizer,
        IReadOnlyDictionary<string, string> emailByPersonId, string? url = null)
    {
        var attendees = meeting.Committee.Members
            .Where(m => emailByPersonId.ContainsKey(m.PersonId))
            .Select(m => new CalendarAttendee(
                m.Name, emailByPersonId[m.PersonId],
                m.PersonId == meeting.ConvenerPersonId ? AttendeeRole.Chair : AttendeeRole.RequiredParticipant,
                meeting.Invitations.GetValueOrDefault(m.PersonId)?.Response switch
                {
                    InvitationResponse.Attend => ParticipationStatus.Accepted,
                    InvitationResponse.Leave => ParticipationStatus.Declined,
                    _ => ParticipationStatus.NeedsAction,
                }))
            .ToList();
        var agenda = meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}");
        var description = meeting.IsCancelled
            ? $"会议已取消：{meeting.CancelReason}"
            : string.Join("\n", new[] { $"{meeting.Committee.Name} 第{meeting.CycleNumber}次联席会议", "议程：" }.Concat(agenda));
        return new CalendarInvite(
            meeting.Id, domain, meeting.Sequence, stamp, meeting.Slot, meeting.Title, meeting.Place, description, organizer, attendees, url);
    }
}
