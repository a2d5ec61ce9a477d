using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Reporting;

public static class ReportingAggregates
{
    public static readonly Aggregate<IMemberReportingCommand, IMemberReportingEvent, ReportingState<MemberReport>, MemberReportingDecider> Members =
        Aggregate.Of<IMemberReportingCommand, IMemberReportingEvent, ReportingState<MemberReport>, MemberReportingDecider>("member-reporting");

    public static readonly Aggregate<IUnitReportingCommand, IUnitReportingEvent, ReportingState<UnitReport>, UnitReportingDecider> Units =
        Aggregate.Of<IUnitReportingCommand, IUnitReportingEvent, ReportingState<UnitReport>, UnitReportingDecider>("unit-reporting");
}

/// <summary>
/// 双报到 use cases. After a member's report is approved, transferred or ended, the system brings the
/// Member role in line with it (the role is scoped to the community reported to).
/// </summary>
public sealed class ReportingService(
    CommandExecutor executor, ReportingReadModel reports, OrganisationReadModel tree, AccountReadModel accounts,
    AccountService accountService, TimeProvider clock)
{
    public async Task<MemberReportRow> RequestMemberReportAsync(Actor actor, RequestMemberReportInput input, CancellationToken ct,
        string? reportId = null, DateTimeOffset? now = null)
    {
        var personId = string.IsNullOrEmpty(input.PersonId) ? actor.PersonId : input.PersonId;
        if (await accounts.FindByPersonAsync(personId, ct) is null) throw DomainException.NotFound("党员");
        var community = await tree.GetRowAsync(input.CommunityId, "报到社区", ct);
        var unit = await tree.FindRowAsync(input.UnitId, ct);
        if (unit is not { Kind: OrganisationKind.ResidentUnit }) throw DomainException.Invalid("unitId", "工作单位须为已登记的驻区单位");
        var residence = await ResidenceAsync(input.GridId, input.BuildingId, ct);
        var id = reportId ?? NewId.Next();
        var command = new RequestMemberReport(actor, now ?? clock.GetUtcNow(), personId, id, community.Id, community.Kind, community.Path,
            unit.Id, residence, input.Profile?.ToProfile() ?? ServiceProfile.Empty);
        await executor.ExecuteAsync(ReportingAggregates.Members, personId, command, new WriteOptions(null, input.ClientMutationId, actor), ct);
        return await MemberReportAsync(id, ct);
    }

    public async Task<MemberReportRow> ApproveMemberReportAsync(Actor actor, ReportActionInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var report = await MemberReportAsync(input.ReportId, ct);
        var at = now ?? clock.GetUtcNow();
        await RunMemberAsync(actor, report.PersonId, new ApproveMemberReport(actor, at, report.PersonId, report.ReportId), input, ct);
        await SyncMemberRoleAsync(report.PersonId, at, ct);
        return await MemberReportAsync(report.ReportId, ct);
    }

    public async Task<MemberReportRow> RejectMemberReportAsync(Actor actor, RejectReportInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var report = await MemberReportAsync(input.ReportId, ct);
        var command = new RejectMemberReport(actor, now ?? clock.GetUtcNow(), report.PersonId, report.ReportId, input.Reason ?? "");
        await RunMemberAsync(actor, report.PersonId, command, new ReportActionInput(input.ReportId, input.ExpectedVersion, input.ClientMutationId), ct);
        return await MemberReportAsync(report.ReportId, ct);
    }

    public async Task<MemberReportRow> WithdrawMemberReportAsync(Actor actor, ReportActionInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var report = await MemberReportAsync(input.ReportId, ct);
        var at = now ?? clock.GetUtcNow();
        await RunMemberAsync(actor, report.PersonId, new WithdrawMemberReport(actor, at, report.PersonId, report.ReportId), input, ct);
        await SyncMemberRoleAsync(report.PersonId, at, ct);
        return await MemberReportAsync(report.ReportId, ct);
    }

    public async Task<MemberReportRow> UpdateServiceProfileAsync(Actor actor, UpdateServiceProfileInput input, CancellationToken ct,
        string? personId = null, DateTimeOffset? now = null)
    {
        var who = personId ?? actor.PersonId;
        var command = new UpdateServiceProfile(actor, now ?? clock.GetUtcNow(), who, input.Profile?.ToProfile() ?? ServiceProfile.Empty);
        var executed = await executor.ExecuteAsync(ReportingAggregates.Members, who, command,
            new WriteOptions(input.ExpectedVersion, input.ClientMutationId, actor), ct);
        return await MemberReportAsync(executed.State!.Approved!.ReportId, ct);
    }

    public async Task<MemberReportRow> ChangeResidenceAsync(Actor actor, ChangeResidenceInput input, CancellationToken ct, DateTimeOffset? now = null)
    {
        var report = await MemberReportAsync(input.ReportId, ct);
        var residence = await ResidenceAsync(NullIfEmpty(input.GridId), NullIfEmpty(input.BuildingId), ct);
        var command = new ChangeResidence(actor, now ?? clock.GetUtcNow(), report.PersonId, report.ReportId, residence);
        await RunMemberAsync(actor, report.PersonId, command, new ReportActionInput(input.ReportId, input.ExpectedVersion, input.ClientMutationId), ct);
        return await MemberReportAsync(report.ReportId, ct);
    }

    public async Task<UnitReportRow> RequestUnitReportAsync(Actor actor, RequestUnitReportInput input, CancellationToken ct,
        string? reportId = null, DateTimeOffset? now = null)
    {
        var unit = await tree.GetRowAsync(input.UnitId, "驻区单位", ct);
        if (unit.Kind != OrganisationKind.ResidentUnit) throw DomainException.Invalid("unitId", "只有驻区单位可以报到");
        var target = await tree.GetRowAsync(input.TargetId, "报到社区（街道）", ct);
        var id = reportId ?? NewId.Next();
        var command = new RequestUnitReport(actor, now ?? clock.GetUtcNow(), unit.Id, id, target.Id, target.Kind, target.Path, input.Note);
        await executor.ExecuteAsync(ReportingAggregates.Units, unit.Id, command, new WriteOptions(null, input.ClientMutationId, actor), ct);
        return await UnitReportAsync(id, ct);
    }

    public Task<UnitReportRow> ApproveUnitReportAsync(Actor actor, ReportActionInput input, CancellationToken ct, DateTimeOffset? now = null) =>
        RunUnitAsync(actor, input.ReportId, r => new ApproveUnitReport(actor, now ?? clock.GetUtcNow(), r.UnitId, r.ReportId),
            input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<UnitReportRow> RejectUnitReportAsync(Actor actor, RejectReportInput input, CancellationToken ct, DateTimeOffset? now = null) =>
        RunUnitAsync(actor, input.ReportId, r => new RejectUnitReport(actor, now ?? clock.GetUtcNow(), r.UnitId, r.ReportId, input.Reason ?? ""),
            input.ExpectedVersion, input.ClientMutationId, ct);

    public Task<UnitReportRow> WithdrawUnitReportAsync(Actor actor, ReportActionInput input, CancellationToken ct, DateTimeOffset? now = null) =>
        RunUnitAsync(actor, input.ReportId, r => new WithdrawUnitReport(actor, now ?? clock.GetUtcNow(), r.UnitId, r.ReportId),
            input.ExpectedVersion, input.ClientMutationId, ct);

    /// <summary>The Member role follows the approved report: granted where approved, revoked where it ended (as the system).</summary>
    public async Task SyncMemberRoleAsync(string personId, DateTimeOffset now, CancellationToken ct)
    {
        if (await accounts.FindByPersonAsync(personId, ct) is not { } account) return;
        var approved = (await reports.ApprovedMembersAsync([personId], ct)).GetValueOrDefault(personId);
        foreach (var stale in account.Grants.Where(g => g.Role == Role.Member && g.ScopeId != approved?.Path.CommunityId))
            await accountService.RevokeRoleAsync(Actor.System, new RoleInput(account.Id, Role.Member, stale.ScopeId, null, null), ct, now);
        if (approved is not null && !account.Grants.Contains(new RoleGrant(Role.Member, approved.Path.CommunityId!)))
            await accountService.GrantRoleAsync(Actor.System, new RoleInput(account.Id, Role.Member, approved.Path.CommunityId!, null, null), ct, now);
    }

    public async Task<MemberReportRow> MemberReportAsync(string reportId, CancellationToken ct) =>
        await reports.FindMemberReportAsync(reportId ?? "", ct) ?? throw DomainException.NotFound("报到申请");

    public async Task<UnitReportRow> UnitReportAsync(string reportId, CancellationToken ct) =>
        await reports.FindUnitReportAsync(reportId ?? "", ct) ?? throw DomainException.NotFound("报到申请");

    /// <summary>The grid and building named, with the tree's facts the decider checks them against.</summary>
    private async Task<Residence> ResidenceAsync(string? gridId, string? buildingId, CancellationToken ct)
    {
        var grid = await tree.FindRowAsync(gridId, ct);
        var building = await tree.FindRowAsync(buildingId, ct);
        if (gridId is not null && grid?.Kind != OrganisationKind.Grid) throw DomainException.Invalid("gridId", "网格不存在");
        if (buildingId is not null && building?.Kind != OrganisationKind.Building) throw DomainException.Invalid("buildingId", "楼栋不存在");
        return new Residence(grid?.Id, grid?.Path.CommunityId, building?.Id, building?.ParentId);
    }

    private static string? NullIfEmpty(string? id) => string.IsNullOrWhiteSpace(id) ? null : id;

    private Task RunMemberAsync(Actor actor, string personId, IMemberReportingCommand command, ReportActionInput input, CancellationToken ct) =>
        executor.ExecuteAsync(ReportingAggregates.Members, personId, command, new WriteOptions(input.ExpectedVersion, input.ClientMutationId, actor), ct);

    private async Task<UnitReportRow> RunUnitAsync(Actor actor, string reportId, Func<UnitReportRow, IUnitReportingCommand> make,
        int? expected, string? mutationId, CancellationToken ct)
    {
        var report = await UnitReportAsync(reportId, ct);
        await executor.ExecuteAsync(ReportingAggregates.Units, report.UnitId, make(report), new WriteOptions(expected, mutationId, actor), ct);
        return await UnitReportAsync(report.ReportId, ct);
    }
}
