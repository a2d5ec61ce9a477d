using JointMeeting.Domain.Common;
using JointMeeting.Domain.Needs;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Needs;

/// <summary>needs.json → PostNeed and its claim steps, as the actor named by "by" at the step's time.</summary>
public sealed class NeedSeedSteps(CommandExecutor executor, CycleFacts facts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } =
        ["PostNeed", "EditNeed", "ClaimNeed", "ConfirmNeedClaim", "DeclineNeedClaim", "WithdrawNeedClaim", "CloseNeed", "WithdrawNeed"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        string Claim() => context.Id(s.Required("claim"));
        INeedCommand command = s.Do switch
        {
            "PostNeed" => new PostNeed(actor, s.At, id, (await facts.OwnerAsync(context.Id(s.Required("owner")), "owner", ct)).Path, Draft(s, context)),
            "EditNeed" => new EditNeed(actor, s.At, id, Draft(s, context)),
            "ClaimNeed" => new ClaimNeed(actor, s.At, id, Claim(), context.Id(s.Required("unit")),
                await facts.IsCoBuildingAsync(context.Id(s.Required("unit")), (await executor.LoadAsync(NeedAggregates.Needs, id, ct)).State!.Owner, ct),
                s.Str("note")),
            "ConfirmNeedClaim" => new ConfirmNeedClaim(actor, s.At, id, Claim()),
            "DeclineNeedClaim" => new DeclineNeedClaim(actor, s.At, id, Claim(), s.Required("reason")),
            "WithdrawNeedClaim" => new WithdrawNeedClaim(actor, s.At, id, Claim()),
            "CloseNeed" => new CloseNeed(actor, s.At, id, s.Str("note")),
            _ => new WithdrawNeed(actor, s.At, id, s.Required("reason")),
        };
        await executor.ExecuteAsync(NeedAggregates.Needs, id, command, new WriteOptions(Actor: actor), ct);
    }

    private static NeedDraft Draft(SeedStep s, SeedContext context) =>
        new(s.Required("title"), s.As<NeedCategory>("category"), s.Required("description"), s.Required("place"), s.As<Urgency>("urgency"),
            s.Required("whatIsNeeded"), s.Int("quantityNeeded"), context.Date(s.Required("deadline")));
}
