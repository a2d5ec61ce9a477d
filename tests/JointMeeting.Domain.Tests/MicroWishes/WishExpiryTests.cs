using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using static JointMeeting.Domain.Tests.MicroWishes.WishTestData;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishExpiryTests
{
    private static WishSpec Claimed_() => WishSpec.Given(Submitted(), Published(), Claimed());

    [Fact]
    public void The_state_tells_the_jobs_when_to_remind_and_expire()
    {
        var wish = Claimed_().State!;
        Assert.Equal(DueAt.AddDays(-1), wish.ReminderDueAt);
        Assert.Equal(DueAt, wish.ExpiryDueAt);
        Assert.Null(WishSpec.Given(Submitted(), Published()).State!.ExpiryDueAt);
    }

    [Fact]
    public void A_claim_not_yet_due_is_left_alone() =>
        Assert.Empty(Claimed_().When(new ExpireClaim(Actor.System, DueAt.AddSeconds(-1), WishId)));

    [Fact]
    public void An_overdue_claim_is_released_and_the_wish_published_again()
    {
        var at = DueAt.AddMinutes(5);
        var state = Claimed_().Then(new ExpireClaim(Actor.System, at, WishId), new WishClaimExpired(WishId, "m1", DueAt, "system", at));
        Assert.Equal(WishStatus.Published, state!.Status);
        Assert.Null(state.Claim);
    }

    [Fact]
    public void Expiring_twice_does_nothing_the_second_time()
    {
        var spec = Claimed_().And(new ExpireClaim(Actor.System, DueAt, WishId));
        Assert.Empty(spec.When(new ExpireClaim(Actor.System, DueAt.AddMinutes(1), WishId)));
    }

    [Fact]
    public void Expiry_after_release_or_fulfilment_does_nothing()
    {
        var late = DueAt.AddDays(1);
        Assert.Empty(WishSpec.Given(Submitted(), Published(), Claimed(), new WishReleased(WishId, "m1", null, "m1", ClaimedAt))
            .When(new ExpireClaim(Actor.System, late, WishId)));
        Assert.Empty(WishSpec.Given(Submitted(), Published(), Claimed(), Fulfilled())
            .When(new ExpireClaim(Actor.System, late, WishId)));
    }

    [Fact]
    public void A_stale_job_for_an_earlier_claim_leaves_the_new_claim_alone()
    {
        var reclaimedAt = DueAt.AddHours(1);
        var spec = WishSpec.Given(Submitted(), Published(), Claimed(), new WishClaimExpired(WishId, "m1", DueAt, "system", DueAt),
            new WishClaimed(WishId, "m2", reclaimedAt, reclaimedAt.AddDays(7)));
        Assert.Empty(spec.When(new ExpireClaim(Actor.System, reclaimedAt.AddMinutes(1), WishId)));
    }

    [Fact]
    public void Only_the_system_expires_or_reminds()
    {
        Claimed_().ThenFails(new ExpireClaim(Secretary, DueAt, WishId), ErrorCode.Forbidden);
        Claimed_().ThenFails(new RemindClaim(Member, DueAt, WishId), ErrorCode.Forbidden);
    }

    [Fact]
    public void The_reminder_goes_once_a_day_before_due()
    {
        Assert.Empty(Claimed_().When(new RemindClaim(Actor.System, DueAt.AddDays(-1).AddSeconds(-1), WishId)));
        var at = DueAt.AddDays(-1);
        var state = Claimed_().Then(new RemindClaim(Actor.System, at, WishId), new WishClaimReminded(WishId, "m1", DueAt, at));
        Assert.Null(state!.ReminderDueAt);
        var reminded = Claimed_().And(new RemindClaim(Actor.System, at, WishId));
        Assert.Empty(reminded.When(new RemindClaim(Actor.System, at.AddHours(1), WishId)));
    }

    [Fact]
    public void No_reminder_once_overdue() =>
        Assert.Empty(Claimed_().When(new RemindClaim(Actor.System, DueAt, WishId)));
}
