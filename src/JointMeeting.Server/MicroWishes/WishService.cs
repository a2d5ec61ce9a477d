using System.Diagnostics;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Database;
using JointMeeting.Server.Reporting;
using JointMeeting.Server.Uploads;
using Npgsql;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// The wish use cases: load the facts a command needs, run it through the one write path with "now" from
/// the injected clock, queue its mail in the same transaction, and hand back the card as it now stands.
/// Mutations, the expiry job and tests all come through here, so they behave alike.
/// </summary>
public sealed class WishService(
    NpgsqlDataSource db, CommandExecutor executor, WishCardStore cards, WishMail mail, TimeProvider clock,
    IOrganisationDirectory organisations, IReportingDirectory reporting, IPeopleDirectory people, PhotoStore photos)
{
    public async Task<WishCard> SubmitAsync(Actor actor, SubmitWishInput input, CancellationToken ct)
    {
        var community = await organisations.GetAsync(input.CommunityId, "社区", ct);
        if (community.Kind != OrganisationKind.Community) throw DomainException.Invalid("communityId", "心愿须发布在社区");
        // A retried submit (same clientMutationId) maps to the same wish, so the executor replays it instead of creating a twin.
        var wishId = input.ClientMutationId is { Length: > 0 } key ? StableId(actor.AccountId, key) : NewId();
        var command = new SubmitWish(actor, clock.GetUtcNow(), wishId, community.Path, input.WidenToStreet ?? false, input.Category,
            input.Title ?? "", input.Description ?? "", input.EstimatedValue,
            new ResidentContact(input.ResidentName?.Trim() ?? "", input.ResidentPhone?.Trim() ?? "", input.ResidentAddress?.Trim() ?? ""),
            Blank(input.GridId), Blank(input.BuildingId));
        return await RunAsync(actor, null, wishId, command, null, input.ClientMutationId, null, ct);
    }

    public Task<WishCard> ReviewAsync(Actor actor, ReviewWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new ReviewWish(actor, now, input.WishId, input.Approve, input.Reason), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> PublishAsync(Actor actor, PublishWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new PublishWish(actor, now, input.WishId, input.WidenToStreet), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> WidenAsync(Actor actor, WidenWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new WidenWish(actor, now, input.WishId), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> ReleaseAsync(Actor actor, ReleaseWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new ReleaseWish(actor, now, input.WishId, Blank(input.Reason)), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> ConfirmAsync(Actor actor, ConfirmWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new ConfirmWish(actor, now, input.WishId, input.Rating, input.Thanks ?? ""), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> DisputeAsync(Actor actor, DisputeWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new DisputeWish(actor, now, input.WishId, input.Reason ?? ""), input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<WishCard> CancelAsync(Actor actor, CancelWishInput input, CancellationToken ct) =>
        RunAsync(actor, input.WishId, now => new CancelWish(actor, now, input.WishId, input.Reason ?? ""), input.ExpectedVersion, input.ClientMutationId, ct);

    public async Task<WishCard> FulfilAsync(Actor actor, FulfilWishInput input, CancellationToken ct)
    {
        var ids = input.PhotoIds ?? [];
        if (ids.Count > WishRules.MaxPhotos) throw DomainException.Invalid("photos", $"照片最多{WishRules.MaxPhotos}张");
        var stored = await photos.OwnedByAsync(actor.PersonId, ids, ct);
        if (stored.Count != ids.Distinct().Count()) throw DomainException.Invalid("photos", "照片不存在或不是您上传的，请重新上传");
        var list = ids.Distinct().Select(id => stored[id]).Select(p => new WishPhoto(p.Id, p.ContentType, p.SizeBytes)).ToList();
        return await RunAsync(actor, input.WishId, now => new FulfilWish(actor, now, input.WishId, input.Note ?? "", list), input.ExpectedVersion, input.ClientMutationId, ct);
    }

    /// <summary>
    /// The hot path, in one round trip before the append: the session's actor, the card with the claimant's open claims and
    /// the community settings, the claimant's approved report and contact (for the mail), and the wish's stream.
    /// </summary>
    public async Task<WishCard> ClaimAsync(CurrentActor current, ClaimsPrincipal user, ClaimWishInput input, CancellationToken ct)
    {
        var personId = SessionClaims.PersonIdOf(user) ?? throw new UnauthenticatedException();
        var facts = cards.ClaimFactsRead(personId, input.WishId);
        var member = reporting.FindMemberRead(personId);
        var contact = people.FindRead(personId);
        var stream = executor.LoadRead(WishAggregates.Wishes, input.WishId);
        var actor = await current.RequireWithAsync(user, db, ct, facts, member, contact, stream);
        // The facts were read for the session's person; they belong to this actor only if the two agree.
        if (actor.PersonId != personId) throw new UnauthenticatedException();
        var (card, counts) = facts.Value;
        if (card is null) throw DomainException.NotFound("心愿");
        var known = contact.Value is { } person ? new Dictionary<string, PersonContact> { [actor.PersonId] = person } : null;
        var command = new ClaimWish(actor, clock.GetUtcNow(), input.WishId, member.Value?.Reporting, counts.OpenClaims, counts.Settings);
        return await RunAsync(actor, card, input.WishId, command, input.ExpectedVersion, input.ClientMutationId, known, ct, stream.Value);
    }

    public async Task<CommunityWishSettingsView> SetSettingsAsync(Actor actor, SetWishSettingsInput input, CancellationToken ct)
    {
        var community = await organisations.GetAsync(input.CommunityId, "社区", ct);
        if (community.Kind != OrganisationKind.Community) throw DomainException.Invalid("communityId", "心愿设置属于社区");
        var command = new SetWishSettings(actor, clock.GetUtcNow(), community.Path, input.FulfilWithinDays, input.OpenClaimLimit);
        await executor.ExecuteAsync(WishAggregates.Settings, community.Id, command, Options(actor, input.ExpectedVersion, input.ClientMutationId), ct);
        return await SettingsAsync(community.Id, ct);
    }

    public async Task<CommunityWishSettingsView> SettingsAsync(string communityId, CancellationToken ct)
    {
        var (settings, version) = await cards.SettingsAsync(communityId, ct);
        return new CommunityWishSettingsView(communityId, settings.FulfilWithinDays, settings.OpenClaimLimit, version);
    }

    /// <summary>The jobs' commands (Actor.System): reminder one day before due, release when overdue. No events when not due.</summary>
    public async Task<bool> RunJobAsync(string wishId, bool overdue, CancellationToken ct)
    {
        var card = await cards.FindAsync(wishId, ct);
        if (card is null) return false;
        var now = clock.GetUtcNow();
        IWishCommand command = overdue ? new ExpireClaim(Actor.System, now, wishId) : new RemindClaim(Actor.System, now, wishId);
        var after = await RunAsync(Actor.System, card, wishId, command, null, null, null, ct);
        return after.Version != card.Version;
    }

    private async Task<WishCard> RunAsync(Actor actor, string wishId, Func<DateTimeOffset, IWishCommand> build, long? expected, string? clientMutationId, CancellationToken ct)
    {
        var card = await cards.FindAsync(wishId, ct) ?? throw DomainException.NotFound("心愿");
        return await RunAsync(actor, card, wishId, build(clock.GetUtcNow()), expected, clientMutationId, null, ct);
    }

    private async Task<WishCard> RunAsync(Actor actor, WishCard? before, string wishId, IWishCommand command, long? expected,
        string? clientMutationId, IReadOnlyDictionary<string, PersonContact>? known, CancellationToken ct, Loaded<Wish>? loaded = null)
    {
        var options = Options(actor, expected, clientMutationId) with
        {
            AfterEvents = (ctx, token) => mail.EnqueueAsync(ctx,
                before ?? WishCard.FromState(WishDecider.Evolve(null, (IWishEvent)ctx.Events[0].Data)!, 1, actor.PersonId, command.Now), known, token),
        };
        var done = loaded is null
            ? await executor.ExecuteAsync(WishAggregates.Wishes, wishId, command, options, ct)
            : await executor.ExecuteLoadedAsync(WishAggregates.Wishes, loaded, command, options, ct);
        if (done.State is null) throw DomainException.NotFound("心愿");
        if (done.Replayed || (before is not null && done.EventCount == 0 && done.Version == before.Version))
            return await cards.FindAsync(wishId, ct) ?? throw DomainException.NotFound("心愿");
        return WishCard.FromState(done.State, done.Version, before?.SubmittedBy ?? actor.PersonId, command.Now);
    }

    private static WriteOptions Options(Actor actor, long? expected, string? clientMutationId) =>
        new(expected, clientMutationId, actor, Activity.Current?.TraceId.ToString());

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string NewId() => Guid.CreateVersion7().ToString("N");

    private static string StableId(string accountId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"wish:{accountId}:{key}")))[..32];
}

/// <summary>A community's wish settings as the API shows them (version 0: never changed, the defaults apply).</summary>
public sealed record CommunityWishSettingsView(string CommunityId, int FulfilWithinDays, int OpenClaimLimit, long Version);
