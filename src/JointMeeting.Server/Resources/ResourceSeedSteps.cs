using JointMeeting.Domain.Resources;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Resources;

/// <summary>resources.json → OfferResource and the organisations' claim steps.</summary>
public sealed class ResourceSeedSteps(CommandExecutor executor, CycleFacts facts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["OfferResource", "EditResource", "WithdrawResource", "ClaimResource", "ConfirmResourceClaim", "DeclineResourceClaim", "CancelResourceClaim", "RecordResourceUse"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        string Claim() => context.Id(s.Required("claim"));
        IResourceCommand command;
        switch (s.Do)
        {
            case "OfferResource":
                var unitId = context.Id(s.Required("unit"));
                var to = (await facts.OwnerAsync(context.Id(s.Required("offeredTo")), "offeredTo", ct)).Path;
                command = new OfferResource(actor, s.At, id, unitId, to, await facts.IsCoBuildingAsync(unitId, to, ct), Draft(s, context));
                break;
            case "ClaimResource":
                var org = (await facts.OwnerAsync(context.Id(s.Required("claimingOrg")), "claimingOrg", ct)).Path;
                command = new ClaimResource(actor, s.At, id, Claim(), org, s.Int("quantity") ?? 1, s.Required("purpose"));
                break;
            default:
                command = s.Do switch
                {
                    "EditResource" => new EditResource(actor, s.At, id, Draft(s, context)),
                    "WithdrawResource" => new WithdrawResource(actor, s.At, id, s.Required("reason")),
                    "ConfirmResourceClaim" => new ConfirmResourceClaim(actor, s.At, id, Claim()),
                    "DeclineResourceClaim" => new DeclineResourceClaim(actor, s.At, id, Claim(), s.Required("reason")),
                    "CancelResourceClaim" => new CancelResourceClaim(actor, s.At, id, Claim(), s.Required("reason")),
                    _ => new RecordResourceUse(actor, s.At, id, Claim(), s.Str("note")),
                };
                break;
        }
        await executor.ExecuteAsync(ResourceAggregates.Resources, id, command, new WriteOptions(Actor: actor), ct);
    }

    private static ResourceDraft Draft(SeedStep s, SeedContext context) =>
        new(s.As<ResourceKind>("kind"), s.Required("title"), s.Required("description"), s.Int("capacity") ?? 0, s.Required("capacityUnit"),
            context.Date(s.Required("availableFrom")), context.Date(s.Required("availableUntil")), s.Required("place"));
}
