using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>A member's slot: claim, cancel, check in and out; the community's no-show mark.</summary>
public sealed partial class VolunteerPostDecider
{
    private static IReadOnlyList<IVolunteerPostEvent> Claim(ClaimVolunteerSlot c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandClaim(c.Actor, c.Reporting, post);
        if (post.Status == VolunteerPostStatus.Closed) throw DomainException.Conflict("该岗位已关闭");
        if (c.Now >= post.StartsAt) throw DomainException.Conflict("该岗位已开始，报名已截止");
        if (post.SlotOf(c.Actor.PersonId) is not null) throw DomainException.Conflict("您已报名该岗位");
        if (post.IsFull) throw DomainException.Conflict($"该岗位名额已满（{post.SlotsTaken}/{post.Slots}）");
        return Events(new VolunteerSlotClaimed(post.PostId, c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IVolunteerPostEvent> CancelSlot(CancelVolunteerSlot c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandHolder(c.Actor, post);
        if (c.Now >= post.StartsAt) throw DomainException.Conflict("岗位已开始，不能取消报名");
        return Events(new VolunteerSlotCancelled(post.PostId, c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IVolunteerPostEvent> CheckIn(CheckInVolunteer c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandHolder(c.Actor, post);
        var slot = post.SlotOf(c.Actor.PersonId)!;
        if (slot.CheckedInAt is not null) throw DomainException.Conflict("您已签到");
        if (post.Status == VolunteerPostStatus.Closed) throw DomainException.Conflict("该岗位已关闭");
        if (c.Now < post.CheckInOpensAt || c.Now > post.CheckInClosesAt)
            throw DomainException.Conflict(
                $"签到时间为开始前{VolunteerPostRules.CheckInOpensBefore.TotalMinutes:0}分钟至开始后{VolunteerPostRules.CheckInClosesAfter.TotalMinutes:0}分钟");
        return Events(new VolunteerCheckedIn(post.PostId, c.Actor.PersonId, c.Now));
    }

    /// <summary>Allowed after the post closed: someone already on site keeps their hours.</summary>
    private static IReadOnlyList<IVolunteerPostEvent> CheckOut(CheckOutVolunteer c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandHolder(c.Actor, post);
        var slot = post.SlotOf(c.Actor.PersonId)!;
        if (slot.CheckedInAt is not { } checkedInAt) throw DomainException.Conflict("您尚未签到");
        if (slot.CheckedOutAt is not null) throw DomainException.Conflict("您已签退");
        var hours = VolunteerPostRules.Hours(checkedInAt, c.Now, post.ScheduledLength);
        return Events(new VolunteerCheckedOut(post.PostId, c.Actor.PersonId, checkedInAt, hours, post.Category, c.Now));
    }

    private static IReadOnlyList<IVolunteerPostEvent> MarkNoShow(MarkVolunteerNoShow c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandManage(c.Actor, post);
        if (c.Now < post.EndsAt) throw DomainException.Conflict("岗位尚未结束，不能标记缺勤");
        var slot = post.SlotOf(c.MemberId) ?? throw DomainException.Conflict("该党员未报名该岗位");
        if (slot.CheckedInAt is not null) throw DomainException.Conflict("该党员已签到，不能标记缺勤");
        if (slot.NoShow) throw DomainException.Conflict("该党员已标记为缺勤");
        return Events(new VolunteerNoShowMarked(post.PostId, c.MemberId, c.Actor.PersonId, c.Now));
    }
}
