using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.MicroWishes;

/// <summary>
/// Who may do what to a wish, in one place. Deny by default: every decider branch asks one of these,
/// and anything not granted here is FORBIDDEN.
/// </summary>
public static class WishPolicy
{
    /// <summary>Submit, review, publish, cancel, confirm, dispute: the community's secretary or anyone above it.</summary>
    public static bool CanManage(Actor actor, OrgPath community) => !actor.IsSystem && actor.IsSecretaryOver(community);

    /// <summary>An approved reporting member (holding the Member role) of the wish's community, or of its street when widened.</summary>
    public static bool CanClaim(Actor actor, ApprovedReporting? reporting, Wish wish) =>
        reporting is not null && reporting.IsActingMember(actor) && reporting.Covers(wish.Community, wish.WidenedToStreet);

    /// <summary>Release and fulfil: only the member who holds the claim.</summary>
    public static bool IsClaimant(Actor actor, Wish wish) =>
        !actor.IsSystem && wish.Claim is not null && wish.Claim.MemberId == actor.PersonId;

    /// <summary>Reminders and expiry are the jobs' work, never a person's.</summary>
    public static bool IsJob(Actor actor) => actor.IsSystem;

    /// <summary>
    /// Resident's personal data: community staff (and above) and the member who claimed it see it whole,
    /// and the server records those views; everyone else gets the masked form.
    /// </summary>
    public static PrivacyDecision ResidentPrivacy(Actor actor, Wish wish) =>
        PrivacyPolicy.Decide(actor, new PrivacySubject(
            $"resident:{wish.WishId}", wish.Community,
            ExtraViewerPersonIds: wish.Claim is { } claim && wish.IsClaimedBy(claim.MemberId) ? [claim.MemberId] : []));

    public static bool CanSeeResident(Actor actor, Wish wish) => ResidentPrivacy(actor, wish).Unmasked;

    /// <summary>Who sees the wish at all: staff, members reported in its scope, and its claimant.</summary>
    public static bool CanSee(Actor actor, ApprovedReporting? reporting, Wish wish) =>
        CanManage(actor, wish.Community)
        || wish.IsClaimedBy(actor.PersonId)
        || (wish.Status != WishStatus.Submitted && wish.Status != WishStatus.Rejected
            && reporting is not null && reporting.Covers(wish.Community, wish.WidenedToStreet));

    public static void DemandManage(Actor actor, Wish wish) =>
        ScopeRules.Demand(CanManage(actor, wish.Community), "仅本社区书记或上级管理员可操作该心愿");

    public static void DemandClaimant(Actor actor, Wish wish) =>
        ScopeRules.Demand(IsClaimant(actor, wish), "仅认领人本人可操作");

    public static void DemandJob(Actor actor) => ScopeRules.Demand(IsJob(actor), "仅系统任务可执行");
}
