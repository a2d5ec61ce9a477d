using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>
/// A volunteer post and its N slots in one stream: capacity is checked against the folded state and
/// the store's expected version turns a concurrent last-slot race into one CONFLICT.
/// </summary>
public sealed partial class VolunteerPostDecider : IDecider<IVolunteerPostCommand, IVolunteerPostEvent, VolunteerPost>
{
    public static VolunteerPost? Initial => null;

    public static IReadOnlyList<IVolunteerPostEvent> Decide(IVolunteerPostCommand command, VolunteerPost? state)
    {
        if (command is PublishVolunteerPost publish) return Publish(publish, state);
        var post = state ?? throw DomainException.NotFound("志愿岗位");
        return command switch
        {
            ClaimVolunteerSlot c => Claim(c, post),
            CancelVolunteerSlot c => CancelSlot(c, post),
            CheckInVolunteer c => CheckIn(c, post),
            CheckOutVolunteer c => CheckOut(c, post),
            MarkVolunteerNoShow c => MarkNoShow(c, post),
            CloseVolunteerPost c => Close(c, post),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "未知的志愿岗位命令"),
        };
    }

    public static VolunteerPost? Evolve(VolunteerPost? state, IVolunteerPostEvent @event) => @event switch
    {
        VolunteerPostPublished e => new VolunteerPost(e.PostId, e.Community, e.WidenedToStreet, e.Title, e.Place, e.Category,
            e.StartsAt, e.EndsAt, e.Slots, e.Description, VolunteerPostStatus.Open),
        _ when state is null => throw new InvalidOperationException($"{@event.GetType().Name} before VolunteerPostPublished"),
        VolunteerSlotClaimed e => state with { Holders = [.. state.Holders, new VolunteerSlot(e.MemberId, e.At)] },
        VolunteerSlotCancelled e => state with { Holders = state.Holders.Where(h => h.MemberId != e.MemberId).ToList() },
        VolunteerCheckedIn e => state.WithSlot(e.MemberId, s => s with { CheckedInAt = e.At }),
        VolunteerCheckedOut e => state.WithSlot(e.MemberId, s => s with { CheckedOutAt = e.At, Hours = e.Hours }),
        VolunteerNoShowMarked e => state.WithSlot(e.MemberId, s => s with { NoShow = true }),
        VolunteerPostClosed => state with { Status = VolunteerPostStatus.Closed },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "未知的志愿岗位事件"),
    };

    private static IReadOnlyList<IVolunteerPostEvent> Events(params IVolunteerPostEvent[] events) => events;

    private static IReadOnlyList<IVolunteerPostEvent> Publish(PublishVolunteerPost c, VolunteerPost? existing)
    {
        ScopeRules.Demand(c.Community.CommunityId is not null && VolunteerPostPolicy.CanManage(c.Actor, c.Community),
            "仅本社区书记或上级管理员可发布志愿岗位");
        new Validator()
            .NotBlank(c.Title, "title", "岗位名称", 50)
            .NotBlank(c.Place, "place", "服务地点", 100)
            .Require(Enum.IsDefined(c.Category), "category", "岗位类别无效")
            .Require(c.StartsAt > c.Now, "startsAt", "开始时间须晚于当前时间")
            .Require(c.EndsAt > c.StartsAt, "endsAt", "结束时间须晚于开始时间")
            .Require(c.EndsAt - c.StartsAt <= VolunteerPostRules.MaxDuration, "endsAt", "单次岗位时长不能超过24小时")
            .Require(c.Slots is >= VolunteerPostRules.MinSlots and <= VolunteerPostRules.MaxSlots, "slots",
                $"名额须在{VolunteerPostRules.MinSlots}至{VolunteerPostRules.MaxSlots}之间")
            .Require(c.Description is null || c.Description.Length <= 1000, "description", "岗位说明不能超过1000个字符")
            .ThrowIfAny();
        if (existing is not null) throw DomainException.Conflict("该志愿岗位已存在");

        return Events(new VolunteerPostPublished(c.PostId, c.Community, c.WidenToStreet, c.Title.Trim(), c.Place.Trim(),
            c.Category, c.StartsAt, c.EndsAt, c.Slots, c.Description?.Trim(), c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IVolunteerPostEvent> Close(CloseVolunteerPost c, VolunteerPost post)
    {
        VolunteerPostPolicy.DemandManage(c.Actor, post);
        new Validator().Require(c.Reason is null || c.Reason.Length <= 200, "reason", "关闭理由不能超过200个字符").ThrowIfAny();
        if (post.Status == VolunteerPostStatus.Closed) throw DomainException.Conflict("该岗位已关闭");
        return Events(new VolunteerPostClosed(post.PostId, c.Reason?.Trim(), c.Actor.PersonId, c.Now));
    }
}
