using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>
/// The micro-wish lifecycle of DOMAIN.md §5. Review "approve" publishes in the same step: the
/// community that reviews is the one that publishes, so an "approved, not yet published" state
/// would be a state nobody waits in. PublishWish (the API's publishWish) is that same step.
/// </summary>
public sealed partial class WishDecider : IDecider<IWishCommand, IWishEvent, Wish>
{
    public static Wish? Initial => null;

    public static IReadOnlyList<IWishEvent> Decide(IWishCommand command, Wish? state)
    {
        if (command is SubmitWish submit) return Submit(submit, state);
        var wish = state ?? throw DomainException.NotFound("心愿");
        return command switch
        {
            ReviewWish c => Review(c, wish),
            PublishWish c => Publish(c, wish),
            WidenWish c => Widen(c, wish),
            CancelWish c => Cancel(c, wish),
            ClaimWish c => Claim(c, wish),
            ReleaseWish c => Release(c, wish),
            RemindClaim c => Remind(c, wish),
            ExpireClaim c => Expire(c, wish),
            FulfilWish c => Fulfil(c, wish),
            ConfirmWish c => Confirm(c, wish),
            DisputeWish c => Dispute(c, wish),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "未知的心愿命令"),
        };
    }

    public static Wish? Evolve(Wish? state, IWishEvent @event) => @event switch
    {
        WishSubmitted e => new Wish(e.WishId, e.Community, e.WidenedToStreet, e.Category, e.Title, e.Description,
            e.EstimatedValue, e.Resident, e.Grid, e.Building, e.At, WishStatus.Submitted),
        _ when state is null => throw new InvalidOperationException($"{@event.GetType().Name} before WishSubmitted"),
        WishPublished e => state with { Status = WishStatus.Published, PublishedAt = e.At, WidenedToStreet = e.WidenedToStreet },
        WishRejected e => state with { Status = WishStatus.Rejected, ClosingReason = e.Reason },
        WishClaimed e => state with
        {
            Status = WishStatus.Claimed,
            Claim = new WishClaim(e.MemberId, e.ClaimedAt, e.DueAt, e.DueAt - e.ClaimedAt),
        },
        WishClaimReminded => state with { Claim = state.Claim! with { Reminded = true } },
        // Released or expired: published again, keeping the first PublishedAt so waiting time keeps counting.
        WishReleased or WishClaimExpired => state with { Status = WishStatus.Published, Claim = null },
        WishFulfilled e => state with { Status = WishStatus.Fulfilled, Fulfilment = new WishFulfilment(e.Note, e.Photos, e.At) },
        WishConfirmed e => state with { Status = WishStatus.Closed, Confirmation = new WishConfirmation(e.Rating, e.Thanks, e.By, e.At) },
        WishDisputed e => state with
        {
            Status = WishStatus.Claimed,
            Fulfilment = null,
            Claim = state.Claim! with { DueAt = e.DueAt, Reminded = false },
        },
        WishWidenedToStreet => state with { WidenedToStreet = true },
        WishCancelled e => state with { Status = WishStatus.Cancelled, ClosingReason = e.Reason, Claim = null },
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "未知的心愿事件"),
    };

    private static IReadOnlyList<IWishEvent> Events(params IWishEvent[] events) => events;

    private static readonly IReadOnlyList<IWishEvent> None = [];
}
