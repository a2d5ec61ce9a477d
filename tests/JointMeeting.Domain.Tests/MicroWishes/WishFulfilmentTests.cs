using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using static JointMeeting.Domain.Tests.MicroWishes.WishTestData;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishFulfilmentTests
{
    private static readonly DateTimeOffset FulfilledAt = ClaimedAt.AddDays(2);
    private static WishSpec Claimed_() => WishSpec.Given(Submitted(), Published(), Claimed());
    private static WishSpec Fulfilled_() => WishSpec.Given(Submitted(), Published(), Claimed(), Fulfilled());
    private static FulfilWish Fulfil(params WishPhoto[] photos) => new(Member, FulfilledAt, WishId, "已换新锁", photos);

    [Fact]
    public void The_claimant_fulfils_with_a_note_and_photos()
    {
        var state = Claimed_().Then(Fulfil(Photo), Fulfilled());
        Assert.Equal(WishStatus.Fulfilled, state!.Status);
        Assert.Single(state.Fulfilment!.Photos);
    }

    [Fact]
    public void Photos_are_optional() =>
        Claimed_().Then(Fulfil(), new WishFulfilled(WishId, "m1", "已换新锁", [], FulfilledAt));

    [Fact]
    public void Nobody_fulfils_someone_elses_claim()
    {
        Claimed_().ThenFails(Fulfil() with { Actor = Member2 }, ErrorCode.Forbidden);
        Claimed_().ThenFails(Fulfil() with { Actor = Secretary }, ErrorCode.Forbidden);
    }

    [Theory]
    [InlineData("image/gif", 1000)]
    [InlineData("application/pdf", 1000)]
    [InlineData("image/png", 5 * 1024 * 1024 + 1)]
    [InlineData("image/webp", 0)]
    public void Photos_must_be_jpeg_png_or_webp_up_to_5MB(string contentType, long size)
    {
        var error = Claimed_().ThenFails(Fulfil(new WishPhoto("f9", contentType, size)), ErrorCode.Validation);
        Assert.Equal(["photos"], error.Fields.Keys);
    }

    [Fact]
    public void At_most_six_photos()
    {
        var six = Enumerable.Range(1, 6).Select(i => new WishPhoto($"f{i}", "image/webp", 5 * 1024 * 1024)).ToArray();
        Assert.Single(Claimed_().When(Fulfil(six)));
        Claimed_().ThenFails(Fulfil([.. six, Photo]), ErrorCode.Validation);
    }

    [Fact]
    public void A_note_is_required() =>
        Assert.Equal(["note"], Claimed_().ThenFails(Fulfil() with { Note = "" }, ErrorCode.Validation).Fields.Keys);

    [Fact]
    public void Fulfilling_an_unclaimed_or_already_fulfilled_wish_is_a_conflict()
    {
        WishSpec.Given(Submitted(), Published()).ThenFails(Fulfil(), ErrorCode.Conflict);
        Fulfilled_().ThenFails(Fulfil(), ErrorCode.Conflict);
    }

    [Fact]
    public void A_late_fulfilment_counts_while_the_claim_is_still_held() =>
        Assert.Single(Claimed_().When(Fulfil() with { Now = DueAt.AddHours(2) }));

    [Fact]
    public void The_community_confirms_with_a_rating_and_thanks_and_the_wish_closes()
    {
        var at = FulfilledAt.AddDays(1);
        var state = Fulfilled_().Then(new ConfirmWish(Secretary, at, WishId, 5, "谢谢党员同志"),
            new WishConfirmed(WishId, "m1", 5, "谢谢党员同志", "p-sec", at));
        Assert.Equal(WishStatus.Closed, state!.Status);
        Assert.Equal(5, state.Confirmation!.Rating);
    }

    [Fact]
    public void Confirming_twice_is_a_conflict()
    {
        var confirm = new ConfirmWish(Secretary, FulfilledAt, WishId, 4, "谢谢");
        var error = Fulfilled_().And(confirm).ThenFails(confirm, ErrorCode.Conflict);
        Assert.Equal("该心愿已确认办结", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_are_one_to_five(int rating) =>
        Assert.Equal(["rating"], Fulfilled_().ThenFails(new ConfirmWish(Secretary, FulfilledAt, WishId, rating, "谢谢"), ErrorCode.Validation).Fields.Keys);

    [Fact]
    public void Only_the_community_confirms_and_only_a_fulfilled_wish()
    {
        Fulfilled_().ThenFails(new ConfirmWish(Member, FulfilledAt, WishId, 5, "谢谢"), ErrorCode.Forbidden);
        Claimed_().ThenFails(new ConfirmWish(Secretary, FulfilledAt, WishId, 5, "谢谢"), ErrorCode.Conflict);
    }

    [Fact]
    public void A_dispute_sends_it_back_to_the_claimant_with_a_fresh_limit()
    {
        var at = FulfilledAt.AddDays(1);
        var state = Fulfilled_().Then(new DisputeWish(Secretary, at, WishId, "锁仍无法使用"),
            new WishDisputed(WishId, "m1", "锁仍无法使用", at.AddDays(7), "p-sec", at));
        Assert.Equal(WishStatus.Claimed, state!.Status);
        Assert.Null(state.Fulfilment);
        Assert.Equal(("m1", at.AddDays(7)), (state.Claim!.MemberId, state.Claim.DueAt));
    }

    [Fact]
    public void Disputing_needs_a_reason_and_a_fulfilled_wish()
    {
        Fulfilled_().ThenFails(new DisputeWish(Secretary, FulfilledAt, WishId, " "), ErrorCode.Validation);
        Claimed_().ThenFails(new DisputeWish(Secretary, FulfilledAt, WishId, "未完成"), ErrorCode.Conflict);
        Fulfilled_().ThenFails(new DisputeWish(Member2, FulfilledAt, WishId, "未完成"), ErrorCode.Forbidden);
    }

    [Fact]
    public void The_whole_lifecycle_is_its_history()
    {
        var spec = WishSpec.Given()
            .And(Submit())
            .And(new ReviewWish(Secretary, T0.AddHours(1), WishId, true))
            .And(Claim())
            .And(Fulfil(Photo))
            .And(new DisputeWish(StreetSecretary, FulfilledAt.AddHours(1), WishId, "照片不清楚"))
            .And(Fulfil(Photo) with { Now = FulfilledAt.AddHours(3) })
            .And(new ConfirmWish(DistrictAdmin, FulfilledAt.AddDays(1), WishId, 5, "感谢"));
        Assert.Equal(WishStatus.Closed, spec.State!.Status);
    }
}
