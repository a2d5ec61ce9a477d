using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// A community's micro-wish settings (fulfil-by days, open-claim limit) as a tiny event-sourced aggregate,
/// stream "wish-settings-{communityId}": every change is an event with who and when, like everything else,
/// and the claim path reads the inline <c>wish_settings</c> row. It lives in the server because the domain
/// only needs the resulting <see cref="CommunityWishSettings"/> as a fact.
/// </summary>
public sealed record SetWishSettings(Actor Actor, DateTimeOffset Now, OrgPath Community, int FulfilWithinDays, int OpenClaimLimit);

public sealed record WishSettingsChanged(string CommunityId, int FulfilWithinDays, int OpenClaimLimit, string By, DateTimeOffset At);

public sealed record WishSettingsState(string CommunityId, CommunityWishSettings Settings);

public sealed class WishSettingsDecider : IDecider<SetWishSettings, WishSettingsChanged, WishSettingsState>
{
    public const int MaxFulfilWithinDays = 60;
    public const int MaxOpenClaimLimit = 20;

    public static WishSettingsState? Initial => null;

    public static IReadOnlyList<WishSettingsChanged> Decide(SetWishSettings c, WishSettingsState? state)
    {
        // Same authority as managing the community's wishes (WishPolicy is the one place for it).
        ScopeRules.Demand(c.Community.CommunityId is not null && WishPolicy.CanManage(c.Actor, c.Community), "仅本社区书记或上级管理员可修改心愿设置");
        new Validator()
            .Require(c.FulfilWithinDays is >= 1 and <= MaxFulfilWithinDays, "fulfilWithinDays", $"完成时限须在1至{MaxFulfilWithinDays}天之间")
            .Require(c.OpenClaimLimit is >= 1 and <= MaxOpenClaimLimit, "openClaimLimit", $"同时认领上限须在1至{MaxOpenClaimLimit}个之间")
            .ThrowIfAny();
        var current = state?.Settings ?? CommunityWishSettings.Default;
        if (state is not null && current.FulfilWithinDays == c.FulfilWithinDays && current.OpenClaimLimit == c.OpenClaimLimit) return [];
        return [new WishSettingsChanged(c.Community.CommunityId!, c.FulfilWithinDays, c.OpenClaimLimit, c.Actor.PersonId, c.Now)];
    }

    public static WishSettingsState? Evolve(WishSettingsState? state, WishSettingsChanged e) =>
        new(e.CommunityId, new CommunityWishSettings(e.FulfilWithinDays, e.OpenClaimLimit));
}
