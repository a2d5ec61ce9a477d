using JointMeeting.Domain.Common;
using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.VolunteerPosts;

/// <summary>Read-side filtering of posts (per request), asking the domain's <see cref="VolunteerPostPolicy"/>.</summary>
public sealed class VolunteerPostReadPolicy(IReportingDirectory reporting)
{
    private Task<ReportedMember?>? _member;

    public Task<ReportedMember?> MemberAsync(Actor actor, CancellationToken ct) =>
        _member ??= reporting.FindMemberAsync(actor.PersonId, ct);

    /// <summary>Staff over the post's community, members whose report covers it, and anyone holding a slot.</summary>
    public async Task<bool> CanSeeAsync(Actor actor, VolunteerPostRow post, IReadOnlyList<VolunteerSlotRow> slots, CancellationToken ct) =>
        VolunteerPostPolicy.CanManage(actor, post.Community)
        || slots.Any(s => s.MemberId == actor.PersonId)
        || (await MemberAsync(actor, ct))?.Reporting.Covers(post.Community, post.Widened) == true;

    /// <summary>Who holds the slots is for the post's staff; a member sees only their own slot.</summary>
    public static bool CanSeeHolders(Actor actor, VolunteerPostRow post) => VolunteerPostPolicy.CanManage(actor, post.Community);

    public async Task<bool> CanClaimAsync(Actor actor, VolunteerPostRow post, IReadOnlyList<VolunteerSlotRow> slots, DateTimeOffset now, CancellationToken ct) =>
        post.Status == VolunteerPostStatus.Open && now < post.StartsAt && post.SlotsLeft > 0 && slots.All(s => s.MemberId != actor.PersonId)
        && VolunteerPostPolicy.CanClaim(actor, (await MemberAsync(actor, ct))?.Reporting, post.ToPost(slots));
}
