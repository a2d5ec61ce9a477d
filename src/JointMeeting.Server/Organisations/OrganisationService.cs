using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Organisations;

public sealed record UnitDetailsInput(UnitKind Kind, string PartyOrganisationName, string ContactName, string ContactPhone)
{
    public UnitDetails ToDetails() => new(Kind, PartyOrganisationName ?? "", new UnitContactPerson(ContactName ?? "", ContactPhone ?? ""));
}

public sealed record CreateOrganisationInput(OrganisationKind Kind, string Name, string? ParentId, UnitDetailsInput? Unit, string? ClientMutationId);

public sealed record RenameOrganisationInput(string OrganisationId, string Name, int? ExpectedVersion, string? ClientMutationId);

public sealed record MoveOrganisationInput(string OrganisationId, string NewParentId, int? ExpectedVersion, string? ClientMutationId);

public sealed record ArchiveOrganisationInput(string OrganisationId, int? ExpectedVersion, string? ClientMutationId);

public sealed record UpdateUnitDetailsInput(string OrganisationId, UnitDetailsInput Unit, int? ExpectedVersion, string? ClientMutationId);

public static class OrganisationAggregates
{
    public static readonly Aggregate<IOrganisationCommand, IOrganisationEvent, Organisation, OrganisationDecider> Organisations =
        Aggregate.Of<IOrganisationCommand, IOrganisationEvent, Organisation, OrganisationDecider>("organisation");
}

/// <summary>The tree's use cases: facts from the read model (paths, ancestors, live children), then the decider.</summary>
public sealed class OrganisationService(CommandExecutor executor, OrganisationReadModel tree, TimeProvider clock)
{
    public async Task<OrganisationRow> CreateAsync(Actor actor, CreateOrganisationInput input, CancellationToken ct,
        string? id = null, DateTimeOffset? now = null)
    {
        var parent = input.ParentId is null ? null : await tree.GetRowAsync(input.ParentId, "上级组织", ct);
        if (parent is { Archived: true }) throw DomainException.Conflict("上级组织已归档");
        id ??= NewId.Next();
        var command = new CreateOrganisation(actor, now ?? clock.GetUtcNow(), id, input.Kind, input.Name ?? "", parent?.Id, parent?.Kind,
            parent?.Path, input.Unit?.ToDetails());
        await executor.ExecuteAsync(OrganisationAggregates.Organisations, id, command, new WriteOptions(null, input.ClientMutationId, actor), ct);
        return await tree.GetRowAsync(id, "组织", ct);
    }

    public async Task<OrganisationRow> RenameAsync(Actor actor, RenameOrganisationInput input, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(input.OrganisationId, "组织", ct);
        var command = new RenameOrganisation(actor, clock.GetUtcNow(), org.Id, input.Name ?? "", await tree.ManagedInAsync(org, ct));
        return await RunAsync(actor, org.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<OrganisationRow> MoveAsync(Actor actor, MoveOrganisationInput input, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(input.OrganisationId, "组织", ct);
        var parent = await tree.GetRowAsync(input.NewParentId, "目标上级组织", ct);
        if (parent.Archived) throw DomainException.Conflict("目标上级组织已归档");
        var command = new MoveOrganisation(actor, clock.GetUtcNow(), org.Id, await tree.ManagedInAsync(org, ct),
            parent.Id, parent.Kind, parent.Path, await tree.AncestorIdsAsync(parent.Id, ct));
        return await RunAsync(actor, org.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<OrganisationRow> ArchiveAsync(Actor actor, ArchiveOrganisationInput input, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(input.OrganisationId, "组织", ct);
        var command = new ArchiveOrganisation(actor, clock.GetUtcNow(), org.Id, await tree.ManagedInAsync(org, ct),
            await tree.LiveChildCountAsync(org.Id, ct));
        return await RunAsync(actor, org.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    public async Task<OrganisationRow> UpdateUnitDetailsAsync(Actor actor, UpdateUnitDetailsInput input, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(input.OrganisationId, "组织", ct);
        if (input.Unit is null) throw DomainException.Invalid("unit", "请填写单位信息");
        var command = new UpdateUnitDetails(actor, clock.GetUtcNow(), org.Id, await tree.ManagedInAsync(org, ct), input.Unit.ToDetails());
        return await RunAsync(actor, org.Id, command, input.ExpectedVersion, input.ClientMutationId, ct);
    }

    private async Task<OrganisationRow> RunAsync(Actor actor, string id, IOrganisationCommand command, int? expected, string? mutationId, CancellationToken ct)
    {
        await executor.ExecuteAsync(OrganisationAggregates.Organisations, id, command, new WriteOptions(expected, mutationId, actor), ct);
        return await tree.GetRowAsync(id, "组织", ct);
    }
}
