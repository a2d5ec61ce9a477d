using System.Collections.Immutable;

namespace JointMeeting.Domain.Meetings;

public sealed record Decision(string AgendaItemId, DecisionOutcome Outcome, string? Note);

public sealed record Invitation(string PersonId, InvitationResponse Response, string? Reason);

public sealed record SignInRecord(string PersonId, string? UnitId, DateTimeOffset At);

/// <summary>Per unit: members invited, signed in, on leave.</summary>
public sealed record UnitAttendance(string UnitId, int Invited, int SignedIn, int OnLeave);

/// <summary>One meeting of a joint committee: schedule, agenda, attendance, decisions and minutes.</summary>
public sealed record Meeting(
    string Id, CommitteeFacts Committee, int CycleNumber, string? PeriodKey, string Title, TimeSlot Slot, string Place,
    int Sequence, bool IsCancelled, string? CancelReason,
    ImmutableList<AgendaItem> Agenda, ImmutableDictionary<string, Invitation> Invitations,
    ImmutableDictionary<string, SignInRecord> SignIns, ImmutableDictionary<string, Decision> Decisions,
    MinutesStatus MinutesStatus, string? MinutesText)
{
    /// <summary>Self sign-in opens this long before the start and closes at the end.</summary>
    public static readonly TimeSpan SignInOpensBefore = TimeSpan.FromMinutes(30);

    public static string StreamId(string meetingId) => $"meeting-{meetingId}";

    public string ConvenerPersonId => Committee.ConvenerPersonId;

    public CommitteeMember? MemberOf(string personId) => Committee.Members.FirstOrDefault(m => m.PersonId == personId);

    public bool HasStarted(DateTimeOffset now) => now >= Slot.StartsAt;

    public bool IsSignInOpen(DateTimeOffset now) => now >= Slot.StartsAt - SignInOpensBefore && now <= Slot.EndsAt;

    public bool MinutesLocked => MinutesStatus is MinutesStatus.Approved or MinutesStatus.Published;

    public AgendaItem? AgendaItemOf(string id) => Agenda.FirstOrDefault(a => a.AgendaItemId == id);

    /// <summary>Attendance per unit, derived from the member list, leave requests and sign-ins.</summary>
    public IReadOnlyList<UnitAttendance> AttendanceByUnit() =>
        Committee.Members.Where(m => m.UnitId is not null).GroupBy(m => m.UnitId!)
            .Select(g => new UnitAttendance(
                g.Key, g.Count(),
                g.Count(m => SignIns.ContainsKey(m.PersonId)),
                g.Count(m => !SignIns.ContainsKey(m.PersonId) && Invitations.GetValueOrDefault(m.PersonId)?.Response == InvitationResponse.Leave)))
            .OrderBy(a => a.UnitId, StringComparer.Ordinal).ToList();
}
