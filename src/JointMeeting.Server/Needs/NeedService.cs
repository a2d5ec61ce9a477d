using JointMeeting.Domain.Needs;
using JointMeeting.Server.Meetings.Common;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Needs;

/// <summary>Needs mutations: load the facts a command needs, run it through the write path, return the board row.</summary>
public sealed class NeedService(CommandExecutor executor, NeedBoard board, CycleFacts facts)
{
    public async Task<NeedView> PostAsync(CycleWrite w, PostNeedInput input, CancellationToken ct)
    {
        var owner = await facts.OwnerAsync(input.OrganisationId, "organisationId", ct);
        var id = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, id, new PostNeed(w.Actor, w.Now, id, owner.Path, input.Draft), ct);
    }

    public Task<NeedView> EditAsync(CycleWrite w, EditNeedInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new EditNeed(w.Actor, w.Now, input.NeedId, input.Draft), ct);

    public Task<NeedView> CloseAsync(CycleWrite w, NeedActionInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new CloseNeed(w.Actor, w.Now, input.NeedId, input.Note), ct);

    public Task<NeedView> WithdrawAsync(CycleWrite w, NeedActionInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new WithdrawNeed(w.Actor, w.Now, input.NeedId, input.Reason ?? ""), ct);

    public async Task<NeedView> ClaimAsync(CycleWrite w, ClaimNeedInput input, CancellationToken ct)
    {
        var need = await board.GetAsync(input.NeedId, ct);
        var coBuilding = await facts.IsCoBuildingAsync(input.UnitId, need.State.Owner, ct);
        var claimId = CycleLoaders.CreationId(w.Actor, input.ClientMutationId);
        return await RunAsync(w, input.NeedId,
            new ClaimNeed(w.Actor, w.Now, input.NeedId, claimId, input.UnitId, coBuilding, input.Note), ct);
    }

    public Task<NeedView> ConfirmClaimAsync(CycleWrite w, NeedClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new ConfirmNeedClaim(w.Actor, w.Now, input.NeedId, input.ClaimId), ct);

    public Task<NeedView> DeclineClaimAsync(CycleWrite w, NeedClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new DeclineNeedClaim(w.Actor, w.Now, input.NeedId, input.ClaimId, input.Reason ?? ""), ct);

    public Task<NeedView> WithdrawClaimAsync(CycleWrite w, NeedClaimInput input, CancellationToken ct) =>
        RunAsync(w, input.NeedId, new WithdrawNeedClaim(w.Actor, w.Now, input.NeedId, input.ClaimId), ct);

    private async Task<NeedView> RunAsync(CycleWrite w, string needId, INeedCommand command, CancellationToken ct)
    {
        await executor.ExecuteAsync(NeedAggregates.Needs, needId, command, w.Options, ct);
        return await board.GetAsync(needId, ct);
    }
}
