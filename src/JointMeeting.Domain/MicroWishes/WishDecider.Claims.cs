using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>
/// Claiming and what ends a claim. Exclusivity: WishClaimed comes only from Published, and the
/// store's expected-version check makes two concurrent claims on one version end in one CONFLICT.
/// </summary>
public sealed partial class WishDecider
{
    private static IReadOnlyList<IWishEvent> Claim(ClaimWish c, Wish wish)
    {
        ScopeRules.Demand(c.Reporting is not null, "您尚未通过双报到审核，不能认领心愿");
        ScopeRules.Demand(c.Actor.Holds(Role.Member, c.Reporting!.CommunityId), "您在报到社区的在职党员身份已被撤销，不能认领心愿");
        ScopeRules.Demand(WishPolicy.CanClaim(c.Actor, c.Reporting, wish),
            wish.WidenedToStreet ? "仅本街道报到党员可认领该心愿" : "仅本社区报到党员可认领该心愿");
        if (c.Settings.FulfilWithinDays < 1 || c.Settings.OpenClaimLimit < 1)
            throw new ArgumentOutOfRangeException(nameof(c.Settings), c.Settings, "社区心愿设置无效");

        if (wish.Status == WishStatus.Claimed && wish.Claim?.MemberId == c.Actor.PersonId)
            throw DomainException.Conflict("您已认领该心愿");
        if (wish.Status != WishStatus.Published) throw DomainException.Conflict(wish.StatusText);
        if (c.OpenClaims >= c.Settings.OpenClaimLimit)
            throw DomainException.Conflict(
                $"您已有{c.OpenClaims}个未完成的心愿认领，达到本社区上限{c.Settings.OpenClaimLimit}个，请先完成后再认领");

        return Events(new WishClaimed(wish.WishId, c.Actor.PersonId, c.Now, c.Now.AddDays(c.Settings.FulfilWithinDays)));
    }

    private static IReadOnlyList<IWishEvent> Release(ReleaseWish c, Wish wish)
    {
        if (wish.Status != WishStatus.Claimed) throw DomainException.Conflict(wish.StatusText);
        WishPolicy.DemandClaimant(c.Actor, wish);
        new Validator().Require(c.Reason is null || c.Reason.Length <= 200, "reason", "放弃理由不能超过200个字符").ThrowIfAny();
        return Events(new WishReleased(wish.WishId, wish.Claim!.MemberId, c.Reason?.Trim(), c.Actor.PersonId, c.Now));
    }

    /// <summary>Idempotent: a job firing twice, late, or after the claim ended finds nothing to do.</summary>
    private static IReadOnlyList<IWishEvent> Remind(RemindClaim c, Wish wish)
    {
        WishPolicy.DemandJob(c.Actor);
        if (wish.ReminderDueAt is not { } remindAt || c.Now < remindAt || wish.IsClaimOverdue(c.Now)) return None;
        return Events(new WishClaimReminded(wish.WishId, wish.Claim!.MemberId, wish.Claim.DueAt, c.Now));
    }

    /// <summary>Idempotent: acts only on an open claim already past DueAt; otherwise returns no events.</summary>
    private static IReadOnlyList<IWishEvent> Expire(ExpireClaim c, Wish wish)
    {
        WishPolicy.DemandJob(c.Actor);
        if (!wish.IsClaimOverdue(c.Now)) return None;
        return Events(new WishClaimExpired(wish.WishId, wish.Claim!.MemberId, wish.Claim.DueAt, c.Actor.PersonId, c.Now));
    }
}
