using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Meetings;

/// <summary>召集 and 召开: the meeting's mutations, with the committee's facts loaded and the invitations queued with the events.</summary>
public sealed class MeetingService(CommandExecutor executor, MeetingBoard board, CommitteeLookup committees, MeetingMail mail)
{
    public async Task<MeetingView> ScheduleAsync(CycleWrite w, ScheduleMeetingInput input, CancellationToken ct)
    {
        var committee = await committees.GetAsync(input.CommitteeId, ct);
        var facts = await committees.FactsAsync(committee, ct);
        var period = PeriodKeys.For(committee.Cadence, ChinaTime.Today(input.StartsAt));
        var cycle = input.CycleNumber ?? await committees.NextCycleNumberAsync(committee.Id, ct);
        var title = string.IsNullOrWhiteSpace(input.Title) ? $"{committee.Name}{PeriodKeys.Label(period)}联席会议" : input.Title.Trim();
        var id = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        var command = new ScheduleMeeting(w.Actor, w.Now, id, facts, cycle, period, title, new TimeSlot(input.StartsAt, input.EndsAt),
            input.Place, await committees.OtherSlotsAsync(committee.Id, id, ct));
        return await RunAsync(w.With(mail.Invitations(committee)), id, command, ct);
    }

    public async Task<MeetingView> RescheduleAsync(CycleWrite w, RescheduleMeetingInput input, CancellationToken ct)
    {
        var meeting = await board.GetAsync(input.MeetingId, ct);
        var committee = await committees.GetAsync(meeting.State.Committee.CommitteeId, ct);
        var others = await committees.OtherSlotsAsync(committee.Id, meeting.Id, ct);
        return await RunAsync(w.With(mail.Invitations(committee)), meeting.Id,
            new RescheduleMeeting(w.Actor, w.Now, meeting.Id, new TimeSlot(input.StartsAt, input.EndsAt), input.Place, others, input.Reason), ct);
    }

    public async Task<MeetingView> CancelAsync(CycleWrite w, MeetingActionInput input, CancellationToken ct)
    {
        var meeting = await board.GetAsync(input.MeetingId, ct);
        var committee = await committees.GetAsync(meeting.State.Committee.CommitteeId, ct);
        return await RunAsync(w.With(mail.Invitations(committee)), meeting.Id, new CancelMeeting(w.Actor, w.Now, meeting.Id, input.Reason ?? ""), ct);
    }

    public Task<MeetingView> AddAgendaItemAsync(CycleWrite w, AddAgendaItemInput input, CancellationToken ct)
    {
        var item = new AgendaItem("item-" + CycleLoaders.CreationId(w.Actor, input.ClientMutationId)[..10], input.Kind, input.Title?.Trim() ?? "",
            string.IsNullOrWhiteSpace(input.RefId) ? null : input.RefId, input.Description);
        return RunAsync(w, input.MeetingId, new AddAgendaItem(w.Actor, w.Now, input.MeetingId, item), ct);
    }

    public Task<MeetingView> RemoveAgendaItemAsync(CycleWrite w, RemoveAgendaItemInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new RemoveAgendaItem(w.Actor, w.Now, input.MeetingId, input.AgendaItemId), ct);

    public Task<MeetingView> RespondAsync(CycleWrite w, RespondToInvitationInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new RespondToInvitation(w.Actor, w.Now, input.MeetingId, input.Response, input.Reason), ct);

    public Task<MeetingView> SignInAsync(CycleWrite w, SignInInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new SignIn(w.Actor, w.Now, input.MeetingId, input.PersonId ?? w.Actor.PersonId), ct);

    public Task<MeetingView> RecordDecisionAsync(CycleWrite w, RecordDecisionInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new RecordDecision(w.Actor, w.Now, input.MeetingId, input.AgendaItemId, input.Outcome, input.Note), ct);

    public Task<MeetingView> DraftMinutesAsync(CycleWrite w, DraftMinutesInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new DraftMinutes(w.Actor, w.Now, input.MeetingId, input.Text), ct);

    public Task<MeetingView> ApproveMinutesAsync(CycleWrite w, MeetingActionInput input, CancellationToken ct) =>
        RunAsync(w, input.MeetingId, new ApproveMinutes(w.Actor, w.Now, input.MeetingId), ct);

    public async Task<MeetingView> PublishMinutesAsync(CycleWrite w, MeetingActionInput input, CancellationToken ct)
    {
        var meeting = await board.GetAsync(input.MeetingId, ct);
        var committee = await committees.GetAsync(meeting.State.Committee.CommitteeId, ct);
        return await RunAsync(w.With(mail.Minutes(committee)), meeting.Id, new PublishMinutes(w.Actor, w.Now, meeting.Id), ct);
    }

    private async Task<MeetingView> RunAsync(CycleWrite w, string meetingId, IMeetingCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(MeetingAggregates.Meetings, meetingId, command, w.Options, ct);
        return await board.GetAsync(meetingId, ct);
    }
}
