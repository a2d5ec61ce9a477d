using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>The community's side before and around claiming: submit, review, publish, cancel.</summary>
public sealed partial class WishDecider
{
    private static IReadOnlyList<IWishEvent> Submit(SubmitWish c, Wish? existing)
    {
        ScopeRules.Demand(c.Community.CommunityId is not null && WishPolicy.CanManage(c.Actor, c.Community),
            "仅本社区书记或上级管理员可提交心愿");
        new Validator()
            .NotBlank(c.Title, "title", "心愿标题", 50)
            .NotBlank(c.Description, "description", "心愿描述", 1000)
            .Require(Enum.IsDefined(c.Category), "category", "心愿类别无效")
            .Require(c.EstimatedValue >= 0 && c.EstimatedValue <= WishRules.MaxEstimatedValue, "estimatedValue",
                $"预估价值须在0至{WishRules.MaxEstimatedValue:0}元之间")
            .Require(decimal.Round(c.EstimatedValue, 2) == c.EstimatedValue, "estimatedValue", "预估价值最多保留两位小数")
            .NotBlank(c.Resident.Name, "residentName", "居民姓名", 20)
            .Require(ContactFormats.IsPhone(c.Resident.Phone), "residentPhone", "联系电话格式不正确")
            .NotBlank(c.Resident.Address, "residentAddress", "居民住址", 200)
            .Require(c.Grid is null || c.Grid.Length <= 50, "grid", "网格名称不能超过50个字符")
            .Require(c.Building is null || c.Building.Length <= 50, "building", "楼栋名称不能超过50个字符")
            .ThrowIfAny();
        if (existing is not null) throw DomainException.Conflict("该心愿已存在");

        return Events(new WishSubmitted(c.WishId, c.Community, c.WidenToStreet, c.Category, c.Title.Trim(),
            c.Description.Trim(), c.EstimatedValue, c.Resident, c.Grid, c.Building, c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IWishEvent> Review(ReviewWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        if (!c.Approve) new Validator().NotBlank(c.Reason, "reason", "驳回理由", 200).ThrowIfAny();
        if (wish.Status != WishStatus.Submitted) throw DomainException.Conflict(wish.StatusText);

        return c.Approve
            ? Events(new WishPublished(wish.WishId, wish.WidenedToStreet, c.Actor.PersonId, c.Now))
            : Events(new WishRejected(wish.WishId, c.Reason!.Trim(), c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IWishEvent> Publish(PublishWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        if (wish.Status != WishStatus.Submitted) throw DomainException.Conflict(wish.StatusText);
        return Events(new WishPublished(wish.WishId, c.WidenToStreet ?? wish.WidenedToStreet, c.Actor.PersonId, c.Now));
    }

    /// <summary>Widening a wish nobody nearby takes; a submitted wish is widened when it is published instead.</summary>
    private static IReadOnlyList<IWishEvent> Widen(WidenWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        if (wish.Status is not (WishStatus.Published or WishStatus.Claimed)) throw DomainException.Conflict(wish.StatusText);
        if (wish.WidenedToStreet) throw DomainException.Conflict("该心愿已面向全街道发布");
        return Events(new WishWidenedToStreet(wish.WishId, wish.Community.StreetId!, c.Actor.PersonId, c.Now));
    }

    private static IReadOnlyList<IWishEvent> Cancel(CancelWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        new Validator().NotBlank(c.Reason, "reason", "取消理由", 200).ThrowIfAny();
        if (wish.Status is not (WishStatus.Published or WishStatus.Claimed)) throw DomainException.Conflict(wish.StatusText);
        return Events(new WishCancelled(wish.WishId, c.Reason.Trim(), c.Actor.PersonId, c.Now));
    }
}
