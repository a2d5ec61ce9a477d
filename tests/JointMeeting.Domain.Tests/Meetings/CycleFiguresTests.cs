using JointMeeting.Domain.ActionItems;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Projects;
using JointMeeting.Domain.Resources;
using static JointMeeting.Domain.Tests.Support.CycleCast;

namespace JointMeeting.Domain.Tests.Meetings;

public class CycleFiguresTests
{
    private static readonly DateOnly End = new(2026, 3, 31);

    private static CycleInput Cycle(int number, params ActionItemFact[] items) => new("jc1", number, End, items,
        [
            new ClaimFact("u1", ClaimSubject.Need, "n1", true),
            new ClaimFact("u1", ClaimSubject.Project, "pr1", false),
            new ClaimFact("u2", ClaimSubject.Resource, "r1", true),
        ],
        [new AttendanceFact("u1", 2, 2), new AttendanceFact("u2", 1, 0)]);

    private static ActionItemFact Item(string id, string unit, int dueDay, ActionItemStatus status) =>
        new(id, unit, new DateOnly(2026, 3, dueDay), status);

    [Fact]
    public void Closure_rate_counts_closed_over_due_and_leaves_dropped_and_not_yet_due_out()
    {
        var figures = CycleFiguresCalculator.Compute(Cycle(3,
            Item("a", "u1", 10, ActionItemStatus.Completed),
            Item("b", "u1", 20, ActionItemStatus.Open),
            Item("c", "u2", 25, ActionItemStatus.Completed),
            Item("d", "u2", 15, ActionItemStatus.Dropped),
            Item("e", "u2", 31, ActionItemStatus.Open),
            new ActionItemFact("f", "u2", new DateOnly(2026, 4, 20), ActionItemStatus.Open)));
        Assert.Equal(4, figures.ItemsDue); // a, b, c, e
        Assert.Equal(2, figures.ItemsClosed);
        Assert.Equal(0.5m, figures.ClosureRate);
        Assert.Equal(1, figures.OverdueCount); // b; e is due today
        Assert.Equal(
            [new UnitCycleFigures("u1", 2, 1, 2, 2, 2, 1, 1), new UnitCycleFigures("u2", 1, 1, 1, 0, 2, 1, 0)],
            figures.Units);
    }

    [Fact]
    public void No_items_due_means_no_rate_rather_than_zero() =>
        Assert.Null(CycleFiguresCalculator.Compute(Cycle(1)).ClosureRate);

    [Fact]
    public void A_scorecard_adds_a_unit_up_across_cycles()
    {
        var q1 = CycleFiguresCalculator.Compute(Cycle(1, Item("a", "u1", 10, ActionItemStatus.Completed)));
        var q2 = CycleFiguresCalculator.Compute(Cycle(2, Item("b", "u1", 10, ActionItemStatus.Open), Item("c", "u1", 11, ActionItemStatus.Completed)));
        var u1 = CycleFiguresCalculator.Scorecards([q1, q2]).Single(s => s.UnitId == "u1");
        Assert.Equal(new UnitScorecard("u1", 2, 4, 2, 4, 4, 1m, 3, 2, 0.6667m, 1), u1);
    }

    [Fact]
    public void Attendance_facts_come_from_the_meeting()
    {
        var meeting = DeciderSpecFor(MeetingFixture.Scheduled, new MemberSignedIn("m1", "p-unit1", "u1", false, "p-unit1", MeetingFixture.During));
        Assert.Equal([new AttendanceFact("u1", 2, 1), new AttendanceFact("u2", 1, 0)], AttendanceFact.Of(meeting));
    }

    [Fact]
    public void Units_earn_points_for_completed_claims_projects_used_resources_and_attendance()
    {
        Assert.Equal([new UnitPointFact("u1", UnitPointReason.NeedCompleted, "n1", Now)],
            UnitPointFacts.From(new NeedClosed("n1", "u1", null, "p-comm", Now)));
        Assert.Empty(UnitPointFacts.From(new NeedClosed("n1", null, null, "p-comm", Now)));
        Assert.Equal(["u1", "u2"], UnitPointFacts.From(new ProjectCompleted("pr1", ["u1", "u2", "u1"], null, "p-comm", Now)).Select(f => f.UnitId));
        Assert.Equal("r1/k1", Assert.Single(UnitPointFacts.From(new ResourceUsed("r1", "k1", "u3", 2, null, "p-comm", Now))).SourceId);
        Assert.Equal(new UnitPointFact("u1", UnitPointReason.MeetingAttended, "m1", Now),
            Assert.Single(UnitPointFacts.From(new MemberSignedIn("m1", "p-unit1", "u1", false, "p-unit1", Now))));
        Assert.Empty(UnitPointFacts.From(new MemberSignedIn("m1", "p-comm", null, false, "p-comm", Now)));
    }

    [Fact]
    public void An_action_item_becomes_a_fact()
    {
        var item = new ActionItem("ai1", "m1", "a1", Community, "p-comm", "x", new ActionOwner(OwnerKind.Unit, "u1", "单位"),
            End, End, ActionItemStatus.Open, 0, false, false, false, [], null);
        Assert.Equal(new ActionItemFact("ai1", "u1", End, ActionItemStatus.Open), ActionItemFact.Of(item));
        Assert.Null(ActionItemFact.Of(item with { Owner = new ActionOwner(OwnerKind.Person, "p1", "张三") }).OwnerUnitId);
    }

    private static Meeting DeciderSpecFor(params IMeetingEvent[] events) =>
        Decider.Fold<IMeetingCommand, IMeetingEvent, Meeting, MeetingDecider>(events)!;
}
