using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Meetings;

/// <summary>召集: schedule, reschedule, cancel and the agenda.</summary>
internal static class MeetingScheduling
{
    public static IReadOnlyList<IMeetingEvent> Schedule(ScheduleMeeting c, Meeting? state)
    {
        Demand(MeetingPolicy.CanSchedule(c.Actor, c.Committee), "只能召集本级联席会议");
        // Two nodes planning the same period derive the same stream id; the second one is a no-op for the system.
        if (state is not null) return c.Actor.IsSystem && state.PeriodKey == c.PeriodKey ? [] : throw DomainException.Conflict("会议已存在");
        new Validator()
            .NotBlank(c.Title, "title", "会议名称", 100)
            .Require(c.CycleNumber > 0, "cycleNumber", "期数必须大于0")
            .ThrowIfAny();
        ValidateSlot(c.Slot, c.Place, c.OtherMeetings, c.Now);
        return [new MeetingScheduled(c.MeetingId, c.Committee, c.CycleNumber, c.PeriodKey, c.Title, c.Slot, c.Place, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Reschedule(RescheduleMeeting c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting));
        EnsureUpcoming(meeting, c.Now, "会议已开始，不能改期");
        ValidateSlot(c.Slot, c.Place, c.OtherMeetings, c.Now);
        return [new MeetingRescheduled(meeting.Id, c.Slot, c.Place, meeting.Sequence + 1, c.Reason, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Cancel(CancelMeeting c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting));
        EnsureUpcoming(meeting, c.Now, "会议已开始，不能取消");
        new Validator().NotBlank(c.Reason, "reason", "取消原因", 500).ThrowIfAny();
        return [new MeetingCancelled(meeting.Id, c.Reason, meeting.Sequence + 1, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> AddItem(AddAgendaItem c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanEditAgenda(c.Actor, meeting));
        if (meeting.AgendaItemOf(c.Item.AgendaItemId) is { } existing)
            return existing == c.Item ? [] : throw DomainException.Conflict("议题编号已存在");
        EnsureOpenForAgenda(meeting);
        new Validator()
            .NotBlank(c.Item.Title, "title", "议题", 200)
            .Require(Enum.IsDefined(c.Item.Kind), "kind", "议题类型无效")
            .Require(c.Item.Kind == AgendaItemKind.Free || !string.IsNullOrWhiteSpace(c.Item.RefId), "refId", "请选择项目或督办事项")
            .ThrowIfAny();
        if (c.Item.RefId is not null && meeting.Agenda.Any(a => a.Kind == c.Item.Kind && a.RefId == c.Item.RefId))
            throw DomainException.Conflict("该项目或事项已在议程中");
        return [new AgendaItemAdded(meeting.Id, c.Item, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> RemoveItem(RemoveAgendaItem c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting));
        _ = meeting.AgendaItemOf(c.AgendaItemId) ?? throw DomainException.NotFound("议题");
        EnsureOpenForAgenda(meeting);
        if (meeting.Decisions.ContainsKey(c.AgendaItemId)) throw DomainException.Conflict("议题已有决定，不能移除");
        return [new AgendaItemRemoved(meeting.Id, c.AgendaItemId, c.Actor.PersonId, c.Now)];
    }

    private static void ValidateSlot(TimeSlot slot, string place, IReadOnlyList<TimeSlot> others, DateTimeOffset now)
    {
        new Validator()
            .Require(slot.StartsAt >= now, "startsAt", "会议时间不能早于当前时间")
            .Require(slot.EndsAt > slot.StartsAt, "endsAt", "结束时间必须晚于开始时间")
            .Require(slot.EndsAt - slot.StartsAt <= TimeSpan.FromHours(12), "endsAt", "会议时长不能超过12小时")
            .NotBlank(place, "place", "会议地点", 200)
            .ThrowIfAny();
        if (others.FirstOrDefault(slot.Overlaps) is { } clash)
            throw DomainException.Invalid("startsAt", $"与本联席会议 {clash.StartsAt.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm} 的会议时间重叠");
    }

    private static void EnsureUpcoming(Meeting meeting, DateTimeOffset now, string startedMessage)
    {
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (meeting.HasStarted(now)) throw DomainException.Conflict(startedMessage);
    }

    private static void EnsureOpenForAgenda(Meeting meeting)
    {
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (meeting.MinutesLocked) throw DomainException.Conflict("会议纪要已审定，议程不能修改");
    }
}
