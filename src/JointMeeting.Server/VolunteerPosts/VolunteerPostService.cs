using System.Diagnostics;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.VolunteerPosts;
using JointMeeting.Server.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.VolunteerPosts;

public sealed record PublishVolunteerPostInput(
    string CommunityId, string Title, string Place, VolunteerPostCategory Category, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int Slots, string? Description = null, bool? WidenToStreet = null, string? ClientMutationId = null);

/// <summary>Names the post; the slot commands act on the caller's own slot.</summary>
public sealed record VolunteerPostInput(string PostId, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record MarkVolunteerNoShowInput(string PostId, string MemberId, long? ExpectedVersion = null, string? ClientMutationId = null);

public sealed record CloseVolunteerPostInput(string PostId, string? Reason = null, long? ExpectedVersion = null, string? ClientMutationId = null);

/// <summary>The volunteer post use cases through the one write path, "now" from the injected clock.</summary>
public sealed class VolunteerPostService(
    CommandExecutor executor, VolunteerPostStore posts, TimeProvider clock, IOrganisationDirectory organisations, IReportingDirectory reporting)
{
    public static readonly Aggregate<IVolunteerPostCommand, IVolunteerPostEvent, VolunteerPost, VolunteerPostDecider> Posts =
        Aggregate.Of<IVolunteerPostCommand, IVolunteerPostEvent, VolunteerPost, VolunteerPostDecider>("volunteer-post");

    public async Task<VolunteerPostRow> PublishAsync(Actor actor, PublishVolunteerPostInput input, CancellationToken ct)
    {
        var community = await organisations.GetAsync(input.CommunityId, "社区", ct);
        if (community.Kind != OrganisationKind.Community) throw DomainException.Invalid("communityId", "志愿岗位须发布在社区");
        var id = input.ClientMutationId is { Length: > 0 } key
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"post:{actor.AccountId}:{key}")))[..32]
            : WishService.NewId();
        var command = new PublishVolunteerPost(actor, clock.GetUtcNow(), id, community.Path, input.WidenToStreet ?? false, input.Title ?? "",
            input.Place ?? "", input.Category, input.StartsAt, input.EndsAt, input.Slots, string.IsNullOrWhiteSpace(input.Description) ? null : input.Description);
        return await RunAsync(actor, id, command, null, input.ClientMutationId, ct);
    }

    public async Task<VolunteerPostRow> ClaimAsync(Actor actor, VolunteerPostInput input, CancellationToken ct)
    {
        var member = await reporting.FindMemberAsync(actor.PersonId, ct);
        return await RunAsync(actor, input.PostId, new ClaimVolunteerSlot(actor, clock.GetUtcNow(), input.PostId, member?.Reporting), input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public Task<VolunteerPostRow> CancelSlotAsync(Actor actor, VolunteerPostInput input, CancellationToken ct) =>
        RunAsync(actor, input.PostId, new CancelVolunteerSlot(actor, clock.GetUtcNow(), input.PostId), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<VolunteerPostRow> CheckInAsync(Actor actor, VolunteerPostInput input, CancellationToken ct) =>
        RunAsync(actor, input.PostId, new CheckInVolunteer(actor, clock.GetUtcNow(), input.PostId), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<VolunteerPostRow> CheckOutAsync(Actor actor, VolunteerPostInput input, CancellationToken ct) =>
        RunAsync(actor, input.PostId, new CheckOutVolunteer(actor, clock.GetUtcNow(), input.PostId), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<VolunteerPostRow> MarkNoShowAsync(Actor actor, MarkVolunteerNoShowInput input, CancellationToken ct) =>
        RunAsync(actor, input.PostId, new MarkVolunteerNoShow(actor, clock.GetUtcNow(), input.PostId, input.MemberId), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<VolunteerPostRow> CloseAsync(Actor actor, CloseVolunteerPostInput input, CancellationToken ct) =>
        RunAsync(actor, input.PostId, new CloseVolunteerPost(actor, clock.GetUtcNow(), input.PostId, string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason),
            input.ExpectedVersion, input.ClientMutationId, ct);

    private async Task<VolunteerPostRow> RunAsync(Actor actor, string postId, IVolunteerPostCommand command, long? expected, string? clientMutationId, CancellationToken ct)
    {
        await executor.ExecuteAsync(Posts, postId, command, new WriteOptions(expected, clientMutationId, actor, Activity.Current?.TraceId.ToString()), ct);
        return await posts.FindAsync(postId, ct) ?? throw DomainException.NotFound("志愿岗位");
    }
}
