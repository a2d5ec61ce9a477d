using JointMeeting.Domain.MicroWishes;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.MicroWishes;

/// <summary>The write-path handles of this feature (stream prefixes as the domain names them).</summary>
public static class WishAggregates
{
    /// <summary>Stream "wish-{id}" (<see cref="WishStream.Id"/>).</summary>
    public static readonly Aggregate<IWishCommand, IWishEvent, Wish, WishDecider> Wishes =
        Aggregate.Of<IWishCommand, IWishEvent, Wish, WishDecider>("wish");

    /// <summary>Stream "wish-settings-{communityId}".</summary>
    public static readonly Aggregate<SetWishSettings, WishSettingsChanged, WishSettingsState, WishSettingsDecider> Settings =
        Aggregate.Of<SetWishSettings, WishSettingsChanged, WishSettingsState, WishSettingsDecider>("wish-settings");
}
