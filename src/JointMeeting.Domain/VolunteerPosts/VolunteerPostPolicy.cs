using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.VolunteerPosts;

/// <summary>
/// Who may do what to a volunteer post, in one place. Deny by default: every decider branch asks one
/// of these, and anything not granted here is FORBIDDEN.
/// </summary>
public static class VolunteerPostPolicy
{
    /// <summary>Publish, mark no-shows, close: the community's secretary or anyone above it.</summary>
    public static bool CanManage(Actor actor, OrgPath community) => !actor.IsSystem && actor.IsSecretaryOver(community);

    /// <summary>An approved reporting member (holding the Member role) of the post's community, or of its street when widened.</summary>
    public static bool CanClaim(Actor actor, ApprovedReporting? reporting, VolunteerPost post) =>
        reporting is not null && reporting.IsActingMember(actor) && reporting.Covers(post.Community, post.WidenedToStreet);

    /// <summary>Cancel, check in, check out: only a member holding a slot, for their own slot.</summary>
    public static bool IsHolder(Actor actor, VolunteerPost post) => !actor.IsSystem && post.SlotOf(actor.PersonId) is not null;

    public static void DemandManage(Actor actor, VolunteerPost post) =>
        ScopeRules.Demand(CanManage(actor, post.Community), "仅本社区书记或上级管理员可操作该岗位");

    public static void DemandClaim(Actor actor, ApprovedReporting? reporting, VolunteerPost post)
    {
        ScopeRules.Demand(reporting is not null, "您尚未通过双报到审核，不能报名志愿岗位");
        ScopeRules.Demand(actor.Holds(Role.Member, reporting!.CommunityId), "您在报到社区的在职党员身份已被撤销，不能报名志愿岗位");
        ScopeRules.Demand(CanClaim(actor, reporting, post),
            post.WidenedToStreet ? "仅本街道报到党员可报名该岗位" : "仅本社区报到党员可报名该岗位");
    }

    public static void DemandHolder(Actor actor, VolunteerPost post) =>
        ScopeRules.Demand(IsHolder(actor, post), "您未报名该岗位");
}
