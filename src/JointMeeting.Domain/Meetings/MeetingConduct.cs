using JointMeeting.Domain.Common;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Meetings;

/// <summary>召开: invitations, sign-in, decisions and minutes (会议纪要).</summary>
internal static class MeetingConduct
{
    public static IReadOnlyList<IMeetingEvent> Respond(RespondToInvitation c, Meeting meeting)
    {
        Demand(MeetingPolicy.IsInvited(c.Actor, meeting), "您不是本次会议的参会成员");
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (meeting.HasStarted(c.Now)) throw DomainException.Conflict("会议已开始，不能再回复");
        var by = c.Actor.PersonId;
        if (c.Response == InvitationResponse.Attend) return [new AttendanceConfirmed(meeting.Id, by, by, c.Now)];
        new Validator().NotBlank(c.Reason, "reason", "请假事由", 500).ThrowIfAny();
        return [new LeaveRequested(meeting.Id, by, c.Reason!, by, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> SignIn(SignIn c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanSignIn(c.Actor, meeting, c.PersonId), "只能本人签到或由会议组织者代签");
        var member = meeting.MemberOf(c.PersonId) ?? throw DomainException.NotFound("参会成员");
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (meeting.SignIns.ContainsKey(c.PersonId)) return []; // a second tap changes nothing
        var bySecretary = c.Actor.PersonId != c.PersonId;
        // Secretaries may record sign-ins after the meeting (paper list), until the minutes are approved.
        var open = bySecretary ? c.Now >= meeting.Slot.StartsAt - Meeting.SignInOpensBefore && !meeting.MinutesLocked : meeting.IsSignInOpen(c.Now);
        if (!open) throw DomainException.Conflict("不在签到时间内（会前30分钟至会议结束）");
        return [new MemberSignedIn(meeting.Id, c.PersonId, member.UnitId, bySecretary, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Decide(RecordDecision c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting));
        var item = meeting.AgendaItemOf(c.AgendaItemId) ?? throw DomainException.NotFound("议题");
        EnsureHeld(meeting, c.Now);
        new Validator()
            .Require(Enum.IsDefined(c.Outcome), "outcome", "决定类型无效")
            .Require(c.Note is null || c.Note.Length <= 2000, "note", "说明不能超过2000个字符")
            .ThrowIfAny();
        return [new DecisionRecorded(meeting.Id, item.AgendaItemId, item.Kind, item.RefId, c.Outcome, c.Note, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Draft(DraftMinutes c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting));
        EnsureHeld(meeting, c.Now);
        new Validator().NotBlank(c.Text, "text", "会议纪要", 20000).ThrowIfAny();
        return [new MinutesDrafted(meeting.Id, c.Text, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Approve(ApproveMinutes c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanApproveMinutes(c.Actor, meeting), "会议纪要只能由召集人审定");
        if (meeting.MinutesLocked) throw DomainException.Conflict("会议纪要已审定");
        if (meeting.MinutesStatus == MinutesStatus.None) throw DomainException.Conflict("尚无会议纪要草稿");
        return [new MinutesApproved(meeting.Id, c.Actor.PersonId, c.Now)];
    }

    public static IReadOnlyList<IMeetingEvent> Publish(PublishMinutes c, Meeting meeting)
    {
        Demand(MeetingPolicy.CanManage(c.Actor, meeting) || MeetingPolicy.CanApproveMinutes(c.Actor, meeting));
        return meeting.MinutesStatus switch
        {
            MinutesStatus.Approved => [new MinutesPublished(meeting.Id, c.Actor.PersonId, c.Now)],
            MinutesStatus.Published => throw DomainException.Conflict("会议纪要已发布"),
            _ => throw DomainException.Conflict("会议纪要审定后才能发布"),
        };
    }

    /// <summary>Decisions and minutes belong to a meeting that is taking place or took place, and are frozen by approval.</summary>
    private static void EnsureHeld(Meeting meeting, DateTimeOffset now)
    {
        if (meeting.IsCancelled) throw DomainException.Conflict("会议已取消");
        if (!meeting.HasStarted(now)) throw DomainException.Conflict("会议尚未召开");
        if (meeting.MinutesLocked) throw DomainException.Conflict("会议纪要已审定，不能修改");
    }
}
