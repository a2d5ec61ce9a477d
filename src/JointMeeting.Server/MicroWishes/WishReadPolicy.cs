using JointMeeting.Domain.Common;
using JointMeeting.Domain.MicroWishes;
using JointMeeting.Server.Privacy;
using JointMeeting.Server.Reporting;
using Npgsql;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// Read-side filtering for wishes, in one place (per request): which cards the viewer sees at all and how
/// the resident looks to them. Both questions go to the domain's <see cref="WishPolicy"/>; this class only
/// loads the viewer's report once and records every unmasked resident view (谁看过居民信息).
/// </summary>
public sealed class WishReadPolicy(IReportingDirectory reporting, WishCardStore cards, PrivacyGuard privacy, NpgsqlDataSource db)
{
    private Task<ReportedMember?>? _member;
    private readonly HashSet<(string WishId, string Viewer)> _recorded = [];

    public Task<ReportedMember?> MemberAsync(Actor actor, CancellationToken ct) =>
        _member ??= actor.IsSystem ? Task.FromResult<ReportedMember?>(null) : reporting.FindMemberAsync(actor.PersonId, ct);

    public async Task<bool> CanSeeAsync(Actor actor, WishCard card, CancellationToken ct) =>
        WishPolicy.CanSee(actor, (await MemberAsync(actor, ct))?.Reporting, card.ToWish());

    public async Task<IReadOnlyList<WishCard>> VisibleAsync(Actor actor, IEnumerable<WishCard> cards, CancellationToken ct)
    {
        var reported = (await MemberAsync(actor, ct))?.Reporting;
        return cards.Where(c => WishPolicy.CanSee(actor, reported, c.ToWish())).ToList();
    }

    /// <summary>May the claimant (or staff) open a claim's editing view: the viewer's approved report covers the wish.</summary>
    public async Task<bool> CanClaimAsync(Actor actor, WishCard card, CancellationToken ct) =>
        card.Status == WishStatus.Published && WishPolicy.CanClaim(actor, (await MemberAsync(actor, ct))?.Reporting, card.ToWish());

    /// <summary>
    /// The resident as the viewer may see them. <see cref="WishPolicy.ResidentPrivacy"/> decides; the shared
    /// <see cref="PrivacyGuard"/> (same subject, same policy) records an unmasked view, once per wish and request.
    /// </summary>
    public async Task<(ResidentContact Resident, bool Masked)> ResidentAsync(Actor actor, WishCard card, CancellationToken ct)
    {
        var wish = card.ToWish();
        var decision = WishPolicy.ResidentPrivacy(actor, wish);
        if (decision.Unmasked && decision.RecordView)
        {
            bool first;
            lock (_recorded) first = _recorded.Add((card.Id, actor.PersonId));
            if (first)
                await privacy.RevealAsync(actor, ResidentSubject(wish),
                    new PersonalFields(wish.Resident.Name, wish.Resident.Phone, null, wish.Resident.Address), "wish-resident", ct);
        }
        return (wish.ResidentAsSeenBy(actor), !decision.Unmasked);
    }

    /// <summary>The subject WishPolicy.ResidentPrivacy decides about: the wish's resident, placed in its community, plus its claimant.</summary>
    public static PrivacySubject ResidentSubject(Wish wish) =>
        new($"resident:{wish.WishId}", wish.Community,
            ExtraViewerPersonIds: wish.Claim is { } claim && wish.IsClaimedBy(claim.MemberId) ? [claim.MemberId] : []);

    /// <summary>A fulfilment photo is shown to whoever may see the wish it is attached to.</summary>
    public async Task<bool> MaySeePhotoAsync(Actor actor, string photoId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT id FROM wish_cards WHERE fulfil_photos @> jsonb_build_array(jsonb_build_object('fileId', $1::text)) LIMIT 20");
        cmd.Parameters.Add(new() { Value = photoId });
        var ids = new List<string>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        foreach (var card in (await cards.FindManyAsync(ids, ct)).Values)
            if (await CanSeeAsync(actor, card, ct)) return true;
        return false;
    }

    /// <summary>Who saw the resident unmasked, newest first (for staff).</summary>
    public async Task<IReadOnlyList<ResidentView>> ViewsAsync(string wishId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT viewer_person_id, reason, viewed_at FROM privacy_views WHERE subject_person_id = 'resident:' || $1 ORDER BY viewed_at DESC LIMIT 200");
        cmd.Parameters.Add(new() { Value = wishId });
        var list = new List<ResidentView>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add(new ResidentView(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)));
        return list;
    }
}

public sealed record ResidentView(string ViewerId, string Reason, DateTimeOffset At);
