using JointMeeting.Domain.Resources;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Resources;

public sealed record OfferResourceInput(
    string UnitId, string OrganisationId, ResourceKind Kind, string Title, string Description, int Capacity, string CapacityUnit,
    DateOnly AvailableFrom, DateOnly AvailableUntil, string Place, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public ResourceDraft Draft => new(Kind, Title, Description, Capacity, CapacityUnit, AvailableFrom, AvailableUntil, Place);
}

public sealed record EditResourceInput(
    string ResourceId, ResourceKind Kind, string Title, string Description, int Capacity, string CapacityUnit,
    DateOnly AvailableFrom, DateOnly AvailableUntil, string Place, long? ExpectedVersion, string? ClientMutationId) : IWriteInput
{
    public ResourceDraft Draft => new(Kind, Title, Description, Capacity, CapacityUnit, AvailableFrom, AvailableUntil, Place);
}

public sealed record WithdrawResourceInput(string ResourceId, string Reason, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

public sealed record ClaimResourceInput(
    string ResourceId, string OrganisationId, int Quantity, string Purpose, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>confirm, decline (reason), cancel (reason), record use (note).</summary>
public sealed record ResourceClaimInput(
    string ResourceId, string ClaimId, string? Reason, string? Note, long? ExpectedVersion, string? ClientMutationId) : IWriteInput;

/// <summary>资源清单 mutations: units offer, communities (streets) claim capacity, units confirm.</summary>
public sealed class ResourceService(CommandExecutor executor, ResourceBoard board, CycleFacts facts)
{
    public async Task<ResourceView> OfferAsync(CycleWrite w, OfferResourceInput input, CancellationToken ct)
    {
        var to = await facts.OwnerAsync(input.OrganisationId, "organisationId", ct);
        var coBuilding = await facts.IsCoBuildingAsync(input.UnitId, to.Path, ct);
        var id = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, id, new OfferResource(w.Actor, w.Now, id, input.UnitId, to.Path, coBuilding, input.Draft), ct);
    }

    public Task<ResourceView> EditAsync(CycleWrite w, EditResourceInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new EditResource(w.Actor, w.Now, input.ResourceId, input.Draft), ct);

    public Task<ResourceView> WithdrawAsync(CycleWrite w, WithdrawResourceInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new WithdrawResource(w.Actor, w.Now, input.ResourceId, input.Reason), ct);

    public async Task<ResourceView> ClaimAsync(CycleWrite w, ClaimResourceInput input, CancellationToken ct)
    {
        var org = await facts.OwnerAsync(input.OrganisationId, "organisationId", ct);
        var claimId = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, input.ResourceId,
            new ClaimResource(w.Actor, w.Now, input.ResourceId, claimId, org.Path, input.Quantity, input.Purpose), ct);
    }

    public Task<ResourceView> ConfirmClaimAsync(CycleWrite w, ResourceClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new ConfirmResourceClaim(w.Actor, w.Now, input.ResourceId, input.ClaimId), ct);

    public Task<ResourceView> DeclineClaimAsync(CycleWrite w, ResourceClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new DeclineResourceClaim(w.Actor, w.Now, input.ResourceId, input.ClaimId, input.Reason ?? ""), ct);

    public Task<ResourceView> CancelClaimAsync(CycleWrite w, ResourceClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new CancelResourceClaim(w.Actor, w.Now, input.ResourceId, input.ClaimId, input.Reason ?? ""), ct);

    public Task<ResourceView> RecordUseAsync(CycleWrite w, ResourceClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.ResourceId, new RecordResourceUse(w.Actor, w.Now, input.ResourceId, input.ClaimId, input.Note), ct);

    private async Task<ResourceView> RunAsync(CycleWrite w, string id, IResourceCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(ResourceAggregates.Resources, id, command, w.Options, ct);
        return await board.GetAsync(id, ct);
    }
}
