using System.Collections.Immutable;
using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

/// <summary>Dispatches to the scheduling and conduct rules; folds events into <see cref="Meeting"/>.</summary>
public sealed class MeetingDecider : IDecider<IMeetingCommand, IMeetingEvent, Meeting>
{
    public static Meeting? Initial => null;

    public static IReadOnlyList<IMeetingEvent> Decide(IMeetingCommand command, Meeting? state)
    {
        if (command is ScheduleMeeting schedule) return MeetingScheduling.Schedule(schedule, state);
        var meeting = state ?? throw DomainException.NotFound("会议");
        return command switch
        {
            RescheduleMeeting c => MeetingScheduling.Reschedule(c, meeting),
            CancelMeeting c => MeetingScheduling.Cancel(c, meeting),
            AddAgendaItem c => MeetingScheduling.AddItem(c, meeting),
            RemoveAgendaItem c => MeetingScheduling.RemoveItem(c, meeting),
            RespondToInvitation c => MeetingConduct.Respond(c, meeting),
            SignIn c => MeetingConduct.SignIn(c, meeting),
            RecordDecision c => MeetingConduct.Decide(c, meeting),
            DraftMinutes c => MeetingConduct.Draft(c, meeting),
            ApproveMinutes c => MeetingConduct.Approve(c, meeting),
            PublishMinutes c => MeetingConduct.Publish(c, meeting),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name),
        };
    }

    public static Meeting? Evolve(Meeting? state, IMeetingEvent @event) => @event switch
    {
        MeetingScheduled e => new Meeting(
            e.MeetingId, e.Committee, e.CycleNumber, e.PeriodKey, e.Title, e.Slot, e.Place, 0, false, null,
            [], ImmutableDictionary<string, Invitation>.Empty, ImmutableDictionary<string, SignInRecord>.Empty,
            ImmutableDictionary<string, Decision>.Empty, MinutesStatus.None, null),
        MeetingRescheduled e => state! with { Slot = e.Slot, Place = e.Place, Sequence = e.Sequence },
        MeetingCancelled e => state! with { IsCancelled = true, CancelReason = e.Reason, Sequence = e.Sequence },
        AgendaItemAdded e => state! with { Agenda = state.Agenda.Add(e.Item) },
        AgendaItemRemoved e => state! with
        {
            Agenda = state.Agenda.RemoveAll(a => a.AgendaItemId == e.AgendaItemId),
            Decisions = state.Decisions.Remove(e.AgendaItemId),
        },
        AttendanceConfirmed e => state! with
        {
            Invitations = state.Invitations.SetItem(e.PersonId, new Invitation(e.PersonId, InvitationResponse.Attend, null)),
        },
        LeaveRequested e => state! with
        {
            Invitations = state.Invitations.SetItem(e.PersonId, new Invitation(e.PersonId, InvitationResponse.Leave, e.Reason)),
        },
        MemberSignedIn e => state! with { SignIns = state.SignIns.SetItem(e.PersonId, new SignInRecord(e.PersonId, e.UnitId, e.At)) },
        DecisionRecorded e => state! with
        {
            Decisions = state.Decisions.SetItem(e.AgendaItemId, new Decision(e.AgendaItemId, e.Outcome, e.Note)),
        },
        MinutesDrafted e => state! with { MinutesStatus = MinutesStatus.Draft, MinutesText = e.Text },
        MinutesApproved => state! with { MinutesStatus = MinutesStatus.Approved },
        MinutesPublished => state! with { MinutesStatus = MinutesStatus.Published },
        _ => state,
    };
}
