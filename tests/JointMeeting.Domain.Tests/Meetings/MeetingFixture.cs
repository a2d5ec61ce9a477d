using JointMeeting.Domain.Meetings;
using static JointMeeting.Domain.Tests.Support.CycleCast;

namespace JointMeeting.Domain.Tests.Meetings;

/// <summary>The community committee of c1: convened by its secretary, with two unit members and a resident member.</summary>
internal static class MeetingFixture
{
    public static readonly CommitteeFacts Committee = new(
        "jc1", "一社区联合党委", CommitteeLevel.Community, Community, "p-comm",
        [
            new CommitteeMember("p-comm", "王书记", null),
            new CommitteeMember("p-unit1", "李委员", "u1"),
            new CommitteeMember("p-unit1b", "赵委员", "u1"),
            new CommitteeMember("p-unit2", "陈委员", "u2"),
        ]);

    /// <summary>A week after "now", 14:30–16:30 Beijing time.</summary>
    public static readonly TimeSlot Slot = new(Now.AddDays(7).AddHours(4.5), Now.AddDays(7).AddHours(6.5));

    public static readonly MeetingScheduled Scheduled = new("m1", Committee, 3, "2026-03", "3月联席会议", Slot, "社区党群服务中心", "p-comm", Now);

    public static readonly AgendaItem ProjectItem = new("a1", AgendaItemKind.Project, "楼道堆物清理项目", "pr1", null);

    public static readonly AgendaItemAdded ProjectItemAdded = new("m1", ProjectItem, "p-comm", Now);

    /// <summary>A moment inside the meeting.</summary>
    public static DateTimeOffset During => Slot.StartsAt.AddMinutes(10);

    public static ScheduleMeeting Schedule(TimeSlot? slot = null, IReadOnlyList<TimeSlot>? others = null) =>
        new(CommunitySecretary, Now, "m1", Committee, 3, "2026-03", "3月联席会议", slot ?? Slot, "社区党群服务中心", others ?? []);
}
