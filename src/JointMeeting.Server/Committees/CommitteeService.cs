using JointMeeting.Domain.Committees;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Committees;

public sealed record CadenceInput(CadenceKind Kind, int? Interval, int? DayOfMonth, int? MonthOfQuarter)
{
    public Cadence ToCadence() => new(Kind, Interval ?? 1, DayOfMonth ?? 15, MonthOfQuarter ?? 1);
}

/// <summary>A seat: an account's person (name and email taken from the account), or a person without an account (name, email).</summary>
public sealed record SeatInput(string? PersonId, string? Name, string? Email);

public sealed record CreateCommitteeInput(CommitteeLevel Level, string OrganisationId, string Name, SeatInput Convener, CadenceInput? Cadence, string? ClientMutationId);

public sealed record RenameCommitteeInput(string CommitteeId, string Name, int? ExpectedVersion, string? ClientMutationId);

public sealed record CommitteePersonInput(string CommitteeId, string PersonId, int? ExpectedVersion, string? ClientMutationId);

public sealed record AddStandingMemberInput(string CommitteeId, SeatInput Seat, int? ExpectedVersion, string? ClientMutationId);

public sealed record AppointPartTimeMemberInput(
    string CommitteeId, SeatInput Seat, string FromOrganisationId, DateOnly TermStart, DateOnly? TermEnd, int? ExpectedVersion, string? ClientMutationId);

public sealed record EndPartTimeTermInput(string CommitteeId, string PersonId, DateOnly EndedOn, int? ExpectedVersion, string? ClientMutationId);

public sealed record SetCadenceInput(string CommitteeId, CadenceInput Cadence, IReadOnlyList<DateOnly>? SkippedDates, int? ExpectedVersion, string? ClientMutationId);

public sealed record ChangeMemberEmailInput(string CommitteeId, string PersonId, string? Email, int? ExpectedVersion, string? ClientMutationId);

public static class CommitteeAggregates
{
    public static readonly Aggregate<ICommitteeCommand, ICommitteeEvent, Committee, CommitteeDecider> Committees =
        Aggregate.Of<ICommitteeCommand, ICommitteeEvent, Committee, CommitteeDecider>("committee");
}

/// <summary>Committee use cases: seats resolved from accounts, eligibility of part-time members from 双报到 and the tree.</summary>
public sealed class CommitteeService(
    CommandExecutor executor, OrganisationReadModel tree, AccountReadModel accounts, ReportingReadModel reporting, TimeProvider clock)
{
    public async Task<string> CreateAsync(Actor actor, CreateCommitteeInput input, CancellationToken ct, string? id = null, DateTimeOffset? now = null)
    {
        var org = await tree.GetRowAsync(input.OrganisationId, "组织", ct);
        id ??= NewId.Next();
        var command = new CreateCommittee(actor, now ?? clock.GetUtcNow(), id, input.Level, org.Id, org.Kind, org.Path, input.Name ?? "",
            await SeatAsync(input.Convener, ct), input.Cadence?.ToCadence());
        await executor.ExecuteAsync(CommitteeAggregates.Committees, id, command, new WriteOptions(null, input.ClientMutationId, actor), ct);
        return id;
    }

    public Task<string> RenameAsync(Actor actor, RenameCommitteeInput i, CancellationToken ct) =>
        RunAsync(actor, i.CommitteeId, new RenameCommittee(actor, clock.GetUtcNow(), i.CommitteeId, i.Name ?? ""), i.ExpectedVersion, i.ClientMutationId, ct);

    public Task<string> ChangeConvenerAsync(Actor actor, CommitteePersonInput i, CancellationToken ct) =>
        RunAsync(actor, i.CommitteeId, new ChangeConvener(actor, clock.GetUtcNow(), i.CommitteeId, i.PersonId), i.ExpectedVersion, i.ClientMutationId, ct);

    public async Task<string> AddStandingMemberAsync(Actor actor, AddStandingMemberInput i, CancellationToken ct, DateTimeOffset? now = null) =>
        await RunAsync(actor, i.CommitteeId, new AddStandingMember(actor, now ?? clock.GetUtcNow(), i.CommitteeId, await SeatAsync(i.Seat, ct)),
            i.ExpectedVersion, i.ClientMutationId, ct);

    public Task<string> RemoveStandingMemberAsync(Actor actor, CommitteePersonInput i, CancellationToken ct) =>
        RunAsync(actor, i.CommitteeId, new RemoveStandingMember(actor, clock.GetUtcNow(), i.CommitteeId, i.PersonId), i.ExpectedVersion, i.ClientMutationId, ct);

    public async Task<string> AppointPartTimeMemberAsync(Actor actor, AppointPartTimeMemberInput i, CancellationToken ct, DateTimeOffset? now = null)
    {
        var committee = await LoadAsync(i.CommitteeId, ct);
        var from = await tree.GetRowAsync(i.FromOrganisationId, "兼职委员所在组织", ct);
        var command = new AppointPartTimeMember(actor, now ?? clock.GetUtcNow(), committee.Id, await SeatAsync(i.Seat, ct), from.Id,
            await EligibleAsync(committee, from, ct), i.TermStart, i.TermEnd);
        return await RunAsync(actor, committee.Id, command, i.ExpectedVersion, i.ClientMutationId, ct);
    }

    public Task<string> EndPartTimeTermAsync(Actor actor, EndPartTimeTermInput i, CancellationToken ct) =>
        RunAsync(actor, i.CommitteeId, new EndPartTimeTerm(actor, clock.GetUtcNow(), i.CommitteeId, i.PersonId, i.EndedOn), i.ExpectedVersion, i.ClientMutationId, ct);

    public Task<string> SetCadenceAsync(Actor actor, SetCadenceInput i, CancellationToken ct, DateTimeOffset? now = null) =>
        RunAsync(actor, i.CommitteeId, new SetCadence(actor, now ?? clock.GetUtcNow(), i.CommitteeId, i.Cadence.ToCadence(), i.SkippedDates ?? []),
            i.ExpectedVersion, i.ClientMutationId, ct);

    public Task<string> ChangeMemberEmailAsync(Actor actor, ChangeMemberEmailInput i, CancellationToken ct) =>
        RunAsync(actor, i.CommitteeId, new ChangeMemberEmail(actor, clock.GetUtcNow(), i.CommitteeId, i.PersonId, i.Email), i.ExpectedVersion, i.ClientMutationId, ct);

    /// <summary>
    /// 兼职委员 come from inside the committee's area: a co-building unit reported there (双报到 approved), or an
    /// organisation under the committee's own (a community of the street, a grid, a cooperative).
    /// </summary>
    public async Task<bool> EligibleAsync(Committee committee, OrganisationRow from, CancellationToken ct) =>
        from.Kind == OrganisationKind.ResidentUnit
            ? await reporting.IsCoBuildingWithinAsync(from.Id, committee.Path, ct)
            : from.Id != committee.OrganisationId && from.Path.IsWithin(committee.Path) && !from.Archived;

    public async Task<Committee> LoadAsync(string committeeId, CancellationToken ct) =>
        (await executor.LoadAsync(CommitteeAggregates.Committees, committeeId ?? "", ct)).State ?? throw DomainException.NotFound("联席会议");

    private async Task<CommitteeSeat> SeatAsync(SeatInput? seat, CancellationToken ct)
    {
        if (seat?.PersonId is { Length: > 0 } personId && await accounts.FindByPersonAsync(personId, ct) is { } account)
            return new CommitteeSeat(personId, account.Profile.DisplayName, seat.Email ?? account.Profile.Email);
        if (seat?.PersonId is { Length: > 0 } && string.IsNullOrWhiteSpace(seat.Name)) throw DomainException.NotFound("该人员");
        return new CommitteeSeat(seat?.PersonId is { Length: > 0 } p ? p : NewId.Next(), seat?.Name ?? "", seat?.Email);
    }

    private async Task<string> RunAsync(Actor actor, string id, ICommitteeCommand command, int? expected, string? mutationId, CancellationToken ct)
    {
        await executor.ExecuteAsync(CommitteeAggregates.Committees, id ?? "", command, new WriteOptions(expected, mutationId, actor), ct);
        return id!;
    }
}
