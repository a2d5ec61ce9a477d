using JointMeeting.Domain.MicroWishes;
using static JointMeeting.Domain.Tests.MicroWishes.WishTestData;

namespace JointMeeting.Domain.Tests.MicroWishes;

public class WishPrivacyTests
{
    private static readonly ResidentContact Masked = new("张*华", "138****1234", "3号楼");

    [Fact]
    public void Members_see_the_resident_masked_until_they_claim()
    {
        var published = WishSpec.Given(Submitted(), Published()).State!;
        Assert.Equal(Masked, published.ResidentAsSeenBy(Member));

        var claimed = WishSpec.Given(Submitted(), Published(), Claimed()).State!;
        Assert.Equal(Resident, claimed.ResidentAsSeenBy(Member));
        Assert.Equal(Masked, claimed.ResidentAsSeenBy(Member2));
    }

    [Fact]
    public void Staff_over_the_community_see_it_whole_and_the_view_is_recorded()
    {
        var wish = WishSpec.Given(Submitted()).State!;
        Assert.Equal(Resident, wish.ResidentAsSeenBy(StreetSecretary));
        Assert.True(WishPolicy.ResidentPrivacy(Secretary, wish).RecordView);
        Assert.Equal(Masked, wish.ResidentAsSeenBy(OtherSecretary));
    }

    [Fact]
    public void A_released_claimant_no_longer_sees_it()
    {
        var wish = WishSpec.Given(Submitted(), Published(), Claimed(), new WishReleased(WishId, "m1", null, "m1", ClaimedAt)).State!;
        Assert.Equal(Masked, wish.ResidentAsSeenBy(Member));
    }

    [Fact]
    public void Members_see_published_wishes_of_their_scope_only()
    {
        var submitted = WishSpec.Given(Submitted()).State!;
        var published = WishSpec.Given(Submitted(), Published()).State!;
        Assert.False(WishPolicy.CanSee(Member, MemberReporting, submitted));
        Assert.True(WishPolicy.CanSee(Member, MemberReporting, published));
        Assert.False(WishPolicy.CanSee(StreetMember, StreetMemberReporting, published));
    }
}

public class WishEventNamesTests
{
    [Fact]
    public void Every_wish_event_has_one_unique_stable_name()
    {
        var eventTypes = typeof(IWishEvent).Assembly.GetTypes()
            .Where(t => typeof(IWishEvent).IsAssignableFrom(t) && !t.IsInterface).ToHashSet();
        Assert.Equal(eventTypes, WishEventNames.All.Select(e => e.Type).ToHashSet());
        Assert.Equal(WishEventNames.All.Count, WishEventNames.All.Select(e => e.Name).Distinct().Count());
        Assert.All(WishEventNames.All, e => Assert.StartsWith("wish.", e.Name));
    }
}
