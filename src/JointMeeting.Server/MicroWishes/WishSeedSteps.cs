using JointMeeting.Domain.MicroWishes;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.MicroWishes;

/// <summary>
/// wishes.json → SubmitWish and its steps, as the actor named by "by" at the step's time. Facts come from the
/// read models the earlier steps filled (inline): the claimant's approved report and open claims; default settings.
/// No mail: the demo's history is not news to anyone.
/// </summary>
public sealed class WishSeedSteps(CommandExecutor executor, IOrganisationDirectory organisations, IReportingDirectory reporting, WishCardStore cards) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["SubmitWish", "ReviewWish", "PublishWish", "ClaimWish", "ReleaseWish", "FulfilWish", "ConfirmWish", "DisputeWish", "WidenWish",
         "CancelWish", "RemindClaim", "ExpireClaim"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        string? Org(string field) => s.Str(field) is { } key ? context.Id(key) : null;
        IWishCommand command = s.Do switch
        {
            "SubmitWish" => new SubmitWish(actor, s.At, id, (await organisations.GetAsync(Org("community")!, "社区", ct)).Path,
                s.Bool("widenToStreet") ?? false, s.As<WishCategory>("category"), s.Required("title"), s.Required("description"),
                s.Prop("estimatedValue")!.Value.GetDecimal(), s.As<ResidentContact>("resident")!, Org("grid"), Org("building")),
            "ReviewWish" => new ReviewWish(actor, s.At, id, s.Bool("approve") ?? true, s.Str("reason")),
            "PublishWish" => new PublishWish(actor, s.At, id, s.Bool("widenToStreet")),
            "ClaimWish" => new ClaimWish(actor, s.At, id, (await reporting.FindMemberAsync(actor.PersonId, ct))?.Reporting,
                (await cards.FindForClaimAsync(actor.PersonId, id, ct)).Counts.OpenClaims, CommunityWishSettings.Default),
            "ReleaseWish" => new ReleaseWish(actor, s.At, id, s.Str("reason")),
            "FulfilWish" => new FulfilWish(actor, s.At, id, s.Required("note"), []),
            "ConfirmWish" => new ConfirmWish(actor, s.At, id, s.Int("rating") ?? 5, s.Required("thanks")),
            "DisputeWish" => new DisputeWish(actor, s.At, id, s.Required("reason")),
            "WidenWish" => new WidenWish(actor, s.At, id),
            "CancelWish" => new CancelWish(actor, s.At, id, s.Required("reason")),
            "RemindClaim" => new RemindClaim(actor, s.At, id),
            _ => new ExpireClaim(actor, s.At, id),
        };
        await executor.ExecuteAsync(WishAggregates.Wishes, id, command, new WriteOptions(Actor: actor), ct);
    }
}
