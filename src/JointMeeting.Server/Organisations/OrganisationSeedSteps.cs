using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Platform.Seeds;

namespace JointMeeting.Server.Organisations;

/// <summary>tree.json, grids.json, units.json → CreateOrganisation, parents resolved by key.</summary>
public sealed class OrganisationSeedSteps(OrganisationService organisations) : ISeedSteps
{
    public IReadOnlyCollection<string> Handles { get; } = ["CreateOrganisation"];

    private sealed record SeedUnit(UnitKind Kind, string PartyOrganisation, SeedContact Contact);

    private sealed record SeedContact(string Name, string Phone);

    public async Task RunAsync(SeedStep step, SeedContext context, CancellationToken ct)
    {
        var unit = step.As<SeedUnit>("unit");
        var parent = step.Str("parent");
        var input = new CreateOrganisationInput(step.As<OrganisationKind>("kind"), step.Required("name"),
            parent is null ? null : context.Id(parent),
            unit is null ? null : new UnitDetailsInput(unit.Kind, unit.PartyOrganisation, unit.Contact.Name, unit.Contact.Phone), null);
        await organisations.CreateAsync(await context.ActorAsync(step.By, ct), input, ct, context.Id(step.RecordKey), step.At);
    }
}
