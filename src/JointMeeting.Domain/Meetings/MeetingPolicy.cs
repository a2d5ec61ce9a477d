using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Meetings;

/// <summary>Who may do what with meetings; deny by default.</summary>
public static class MeetingPolicy
{
    /// <summary>Secretaries over the committee's organisation, or the system creating the next meeting from the cadence.</summary>
    public static bool CanSchedule(Actor actor, CommitteeFacts committee) => actor.IsSystem || actor.IsSecretaryOver(committee.Path);

    /// <summary>Reschedule, cancel, agenda, decisions, sign members in, draft and publish minutes.</summary>
    public static bool CanManage(Actor actor, Meeting meeting) => actor.IsSecretaryOver(meeting.Committee.Path);

    /// <summary>The system adds carried-over action items to the agenda.</summary>
    public static bool CanEditAgenda(Actor actor, Meeting meeting) => actor.IsSystem || CanManage(actor, meeting);

    /// <summary>Minutes are approved by the convener (总负责人) only.</summary>
    public static bool CanApproveMinutes(Actor actor, Meeting meeting) => actor.PersonId == meeting.ConvenerPersonId;

    public static bool IsInvited(Actor actor, Meeting meeting) => meeting.MemberOf(actor.PersonId) is not null;

    public static bool CanSignIn(Actor actor, Meeting meeting, string personId) =>
        (actor.PersonId == personId && IsInvited(actor, meeting)) || CanManage(actor, meeting);
}
