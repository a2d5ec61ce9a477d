using JointMeeting.Domain.Common;
using JointMeeting.Server.Organisations;

namespace JointMeeting.Server.Reporting;

/// <summary>
/// Read-side rules of 双报到 in one place: secretaries see the reports to their organisation (and below),
/// a unit contact sees their unit's, a member sees their own.
/// </summary>
public sealed class ReportingQueries(ReportingReadModel reports, OrganisationReadModel tree)
{
    public async Task<IReadOnlyList<MemberReportRow>> MemberReportsToAsync(Actor viewer, string organisationId, ReportStatus? status,
        int first, int offset, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(organisationId, "组织", ct);
        ScopeRules.Demand(viewer.IsSecretaryOver(org.Path), "仅该组织的书记及上级管理员可查看报到申请");
        return await reports.MemberReportsToAsync(org, status, first, offset, ct);
    }

    public async Task<IReadOnlyList<UnitReportRow>> UnitReportsToAsync(Actor viewer, string organisationId, ReportStatus? status,
        int first, int offset, CancellationToken ct)
    {
        var org = await tree.GetRowAsync(organisationId, "组织", ct);
        ScopeRules.Demand(viewer.IsSecretaryOver(org.Path), "仅该组织的书记及上级管理员可查看报到申请");
        return await reports.UnitReportsToAsync(org, status, first, offset, ct);
    }

    public async Task<IReadOnlyList<UnitReportRow>> UnitReportsOfAsync(Actor viewer, string unitId, CancellationToken ct)
    {
        var unit = await tree.GetRowAsync(unitId, "驻区单位", ct);
        ScopeRules.Demand(viewer.IsContactOf(unit.Id) || viewer.IsSecretaryOver(unit.Path), "仅本单位联络人或上级管理员可查看");
        return await reports.UnitReportsOfAsync(unit.Id, ct);
    }

    public async Task<IReadOnlyList<MemberReportRow>> MemberReportsOfAsync(Actor viewer, string? personId, CancellationToken ct)
    {
        var who = personId ?? viewer.PersonId;
        var rows = await reports.MemberReportsOfAsync(who, ct);
        if (who == viewer.PersonId) return rows;
        // Someone else's history: only the part that lies in the viewer's scope.
        return rows.Where(r => viewer.IsSecretaryOver(r.Path)).ToList();
    }
}
