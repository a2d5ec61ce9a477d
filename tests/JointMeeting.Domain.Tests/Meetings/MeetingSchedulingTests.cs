using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Meetings.MeetingFixture;
using static JointMeeting.Domain.Tests.Support.CycleCast;
using MeetingSpec = JointMeeting.Domain.Tests.Support.DeciderSpec<
    JointMeeting.Domain.Meetings.IMeetingCommand, JointMeeting.Domain.Meetings.IMeetingEvent,
    JointMeeting.Domain.Meetings.Meeting, JointMeeting.Domain.Meetings.MeetingDecider>;

namespace JointMeeting.Domain.Tests.Meetings;

public class MeetingSchedulingTests
{
    [Fact]
    public void The_secretary_schedules_a_meeting_of_their_committee()
    {
        var meeting = MeetingSpec.Given().Then(Schedule(), Scheduled);
        Assert.Equal(0, meeting!.Sequence);
        Assert.Equal("meeting-m1", Meeting.StreamId("m1"));
    }

    [Fact]
    public void Others_may_not_schedule()
    {
        MeetingSpec.Given().ThenFails(Schedule() with { Actor = OtherSecretary }, ErrorCode.Forbidden);
        MeetingSpec.Given().ThenFails(Schedule() with { Actor = UnitContact }, ErrorCode.Forbidden);
        Assert.Single(MeetingSpec.Given().When(Schedule() with { Actor = StreetSecretary }));
    }

    [Fact]
    public void Scheduling_in_the_past_is_rejected()
    {
        var past = new TimeSlot(Now.AddHours(-2), Now.AddHours(-1));
        var error = MeetingSpec.Given().ThenFails(Schedule(past), ErrorCode.Validation);
        Assert.Equal("会议时间不能早于当前时间", error.Fields["startsAt"]);
    }

    [Fact]
    public void End_before_start_and_blank_place_are_rejected()
    {
        var error = MeetingSpec.Given().ThenFails(
            Schedule(new TimeSlot(Slot.StartsAt, Slot.StartsAt)) with { Place = "" }, ErrorCode.Validation);
        Assert.Contains("endsAt", error.Fields.Keys);
        Assert.Contains("place", error.Fields.Keys);
    }

    [Fact]
    public void Overlapping_another_meeting_of_the_committee_is_rejected_touching_is_fine()
    {
        var overlapping = new TimeSlot(Slot.StartsAt.AddHours(1), Slot.EndsAt.AddHours(1));
        var error = MeetingSpec.Given().ThenFails(Schedule(others: [overlapping]), ErrorCode.Validation);
        Assert.Contains("时间重叠", error.Fields["startsAt"]);
        var touching = new TimeSlot(Slot.EndsAt, Slot.EndsAt.AddHours(2));
        Assert.Single(MeetingSpec.Given().When(Schedule(others: [touching])));
    }

    [Fact]
    public void A_second_schedule_on_the_same_stream_conflicts_for_people_and_is_a_no_op_for_the_system()
    {
        MeetingSpec.Given(Scheduled).ThenFails(Schedule(), ErrorCode.Conflict);
        Assert.Empty(MeetingSpec.Given(Scheduled).When(Schedule() with { Actor = Actor.System }));
    }

    [Fact]
    public void Rescheduling_raises_the_sequence_each_time()
    {
        var later = new TimeSlot(Slot.StartsAt.AddDays(1), Slot.EndsAt.AddDays(1));
        var once = MeetingSpec.Given(Scheduled)
            .Then(new RescheduleMeeting(CommunitySecretary, Now, "m1", later, "会议室B", [], "书记出差"),
                new MeetingRescheduled("m1", later, "会议室B", 1, "书记出差", "p-comm", Now));
        Assert.Equal(1, once!.Sequence);
        var spec = MeetingSpec.Given(Scheduled, new MeetingRescheduled("m1", later, "会议室B", 1, null, "p-comm", Now));
        var twice = Assert.IsType<MeetingRescheduled>(Assert.Single(spec.When(new RescheduleMeeting(CommunitySecretary, Now, "m1", Slot, "会议室A", [], null))));
        Assert.Equal(2, twice.Sequence);
    }

    [Fact]
    public void Rescheduling_is_checked_like_scheduling_and_not_after_the_start()
    {
        var spec = MeetingSpec.Given(Scheduled);
        spec.ThenFails(new RescheduleMeeting(CommunitySecretary, Now, "m1", new TimeSlot(Now.AddDays(-1), Now), "x", [], null), ErrorCode.Validation);
        spec.ThenFails(new RescheduleMeeting(CommunitySecretary, Now, "m1", Slot, "x", [Slot], null), ErrorCode.Validation);
        spec.ThenFails(new RescheduleMeeting(CommunitySecretary, During, "m1", Slot, "x", [], null), ErrorCode.Conflict);
        spec.ThenFails(new RescheduleMeeting(OtherSecretary, Now, "m1", Slot, "x", [], null), ErrorCode.Forbidden);
    }

    [Fact]
    public void Cancelling_needs_a_reason_raises_the_sequence_and_freezes_the_meeting()
    {
        MeetingSpec.Given(Scheduled).ThenFails(new CancelMeeting(CommunitySecretary, Now, "m1", " "), ErrorCode.Validation);
        var cancelled = MeetingSpec.Given(Scheduled)
            .Then(new CancelMeeting(CommunitySecretary, Now, "m1", "防汛"), new MeetingCancelled("m1", "防汛", 1, "p-comm", Now));
        Assert.True(cancelled!.IsCancelled);
        var spec = MeetingSpec.Given(Scheduled, new MeetingCancelled("m1", "防汛", 1, "p-comm", Now));
        spec.ThenFails(new CancelMeeting(CommunitySecretary, Now, "m1", "again"), ErrorCode.Conflict);
        spec.ThenFails(new AddAgendaItem(CommunitySecretary, Now, "m1", ProjectItem), ErrorCode.Conflict);
        spec.ThenFails(new SignIn(UnitContact, During, "m1", "p-unit1"), ErrorCode.Conflict);
    }

    [Fact]
    public void Agenda_items_are_added_and_removed_and_projects_are_not_listed_twice()
    {
        MeetingSpec.Given(Scheduled).Then(new AddAgendaItem(CommunitySecretary, Now, "m1", ProjectItem), ProjectItemAdded);
        var spec = MeetingSpec.Given(Scheduled, ProjectItemAdded);
        spec.ThenFails(new AddAgendaItem(CommunitySecretary, Now, "m1", ProjectItem with { AgendaItemId = "a2" }), ErrorCode.Conflict);
        spec.ThenFails(new AddAgendaItem(CommunitySecretary, Now, "m1", new AgendaItem("a3", AgendaItemKind.Project, "x", null, null)), ErrorCode.Validation);
        spec.ThenFails(new AddAgendaItem(UnitContact, Now, "m1", new AgendaItem("a3", AgendaItemKind.Free, "x", null, null)), ErrorCode.Forbidden);
        var removed = spec.Then(new RemoveAgendaItem(CommunitySecretary, Now, "m1", "a1"), new AgendaItemRemoved("m1", "a1", "p-comm", Now));
        Assert.Empty(removed!.Agenda);
    }

    [Fact]
    public void The_system_carrying_an_item_over_twice_adds_it_once()
    {
        var carried = new AgendaItem("carry-ai1", AgendaItemKind.CarriedOverActionItem, "清运车辆落实", "ai1", null);
        var spec = MeetingSpec.Given(Scheduled).And(new AddAgendaItem(Actor.System, Now, "m1", carried));
        Assert.Empty(spec.When(new AddAgendaItem(Actor.System, Now, "m1", carried)));
    }

    [Fact]
    public void Unknown_meetings_are_not_found() =>
        MeetingSpec.Given().ThenFails(new CancelMeeting(CommunitySecretary, Now, "m1", "x"), ErrorCode.NotFound);

    [Fact]
    public void Every_event_has_a_unique_stable_name()
    {
        var declared = typeof(IMeetingEvent).Assembly.GetTypes().Where(t => typeof(IMeetingEvent).IsAssignableFrom(t) && !t.IsInterface);
        Assert.Equal(declared.OrderBy(t => t.Name), MeetingEventNames.All.Select(n => n.Type).OrderBy(t => t.Name));
        Assert.Equal(MeetingEventNames.All.Count, MeetingEventNames.All.Select(n => n.Name).Distinct().Count());
    }
}
