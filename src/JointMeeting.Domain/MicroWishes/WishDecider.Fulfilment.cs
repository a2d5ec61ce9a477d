using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>The claimant fulfils; the community confirms (for the resident) or disputes.</summary>
public sealed partial class WishDecider
{
    /// <summary>
    /// A claim past DueAt may still be fulfilled until the expiry job has released it: whichever
    /// is appended first wins through the expected version, and the member's work is not thrown away.
    /// </summary>
    private static IReadOnlyList<IWishEvent> Fulfil(FulfilWish c, Wish wish)
    {
        if (wish.Status != WishStatus.Claimed) throw DomainException.Conflict(wish.StatusText);
        WishPolicy.DemandClaimant(c.Actor, wish);
        var photos = c.Photos ?? [];
        new Validator()
            .NotBlank(c.Note, "note", "完成说明", 500)
            .Require(photos.Count <= WishRules.MaxPhotos, "photos", $"照片最多{WishRules.MaxPhotos}张")
            .Require(photos.All(p => WishRules.PhotoContentTypes.Contains(p.ContentType)), "photos", "照片仅支持JPEG、PNG、WebP格式")
            .Require(photos.All(p => p.SizeBytes is > 0 and <= WishRules.MaxPhotoBytes), "photos", "每张照片不能超过5MB")
            .ThrowIfAny();
        return Events(new WishFulfilled(wish.WishId, wish.Claim!.MemberId, c.Note.Trim(), [.. photos], c.Now));
    }

    private static IReadOnlyList<IWishEvent> Confirm(ConfirmWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        new Validator()
            .Require(c.Rating is >= 1 and <= 5, "rating", "评价须为1至5星")
            .NotBlank(c.Thanks, "thanks", "感谢语", 500)
            .ThrowIfAny();
        if (wish.Status != WishStatus.Fulfilled) throw DomainException.Conflict(wish.StatusText);
        return Events(new WishConfirmed(wish.WishId, wish.Claim!.MemberId, c.Rating, c.Thanks.Trim(), c.Actor.PersonId, c.Now));
    }

    /// <summary>Back to the same claimant, with the claim's original time limit counted from now.</summary>
    private static IReadOnlyList<IWishEvent> Dispute(DisputeWish c, Wish wish)
    {
        WishPolicy.DemandManage(c.Actor, wish);
        new Validator().NotBlank(c.Reason, "reason", "退回理由", 200).ThrowIfAny();
        if (wish.Status != WishStatus.Fulfilled) throw DomainException.Conflict(wish.StatusText);
        var claim = wish.Claim!;
        return Events(new WishDisputed(wish.WishId, claim.MemberId, c.Reason.Trim(), c.Now + claim.TimeLimit, c.Actor.PersonId, c.Now));
    }
}
