using JointMeeting.Domain.Agreements;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Agreements;

/// <summary>agreements.json → DraftAgreement, SignAgreement (per side), EditAgreement, TerminateAgreement.</summary>
public sealed class AgreementSeedSteps(CommandExecutor executor, CycleFacts facts) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } = ["DraftAgreement", "EditAgreement", "SignAgreement", "TerminateAgreement"];

    public async Task RunAsync(SeedStep s, SeedContext context, CancellationToken ct)
    {
        var actor = await context.ActorAsync(s.By, ct);
        var id = context.Id(s.RecordKey);
        IAgreementCommand command;
        if (s.Do == "DraftAgreement")
        {
            var org = (await facts.OwnerAsync(context.Id(s.Required("organisation")), "organisation", ct)).Path;
            var unitId = context.Id(s.Required("unit"));
            command = new DraftAgreement(actor, s.At, id, org, unitId, await facts.IsCoBuildingAsync(unitId, org, ct), Terms(s, context));
        }
        else
        {
            command = s.Do switch
            {
                "EditAgreement" => new EditAgreement(actor, s.At, id, Terms(s, context)),
                "SignAgreement" => new SignAgreement(actor, s.At, id, s.As<AgreementSide>("side")),
                _ => new TerminateAgreement(actor, s.At, id, s.Required("reason")),
            };
        }
        await executor.ExecuteAsync(AgreementAggregates.Agreements, id, command, new WriteOptions(Actor: actor), ct);
    }

    private static AgreementTerms Terms(SeedStep s, SeedContext context) =>
        new(s.Required("title"), s.Required("scope"), context.Date(s.Required("startsOn")), context.Date(s.Required("endsOn")),
            (s.As<List<string>>("projects") ?? []).Select(context.Id).ToList());
}
