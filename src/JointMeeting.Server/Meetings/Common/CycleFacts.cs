using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>
/// Facts from other features the cycle's commands carry: where an organisation sits, whether a unit
/// co-builds there. Read from the Organisations and Reporting directories.
/// </summary>
public sealed class CycleFacts(IOrganisationDirectory organisations, IReportingDirectory reporting)
{
    /// <summary>A community or street that owns needs, projects, agreements (else VALIDATION on <paramref name="field"/>).</summary>
    public async Task<OrganisationInfo> OwnerAsync(string organisationId, string field, CancellationToken ct)
    {
        var org = await organisations.FindAsync(organisationId, ct)
                  ?? throw DomainException.Invalid(field, "组织不存在");
        if (org.Kind is not (OrganisationKind.Community or OrganisationKind.Street))
            throw DomainException.Invalid(field, "只能是社区或街道");
        return org;
    }

    public async Task<OrganisationInfo> UnitAsync(string unitId, string field, CancellationToken ct)
    {
        var org = await organisations.FindAsync(unitId, ct) ?? throw DomainException.Invalid(field, "单位不存在");
        if (org.Kind != OrganisationKind.ResidentUnit) throw DomainException.Invalid(field, "不是驻区单位");
        return org;
    }

    public Task<OrganisationInfo?> FindAsync(string id, CancellationToken ct) => organisations.FindAsync(id, ct);

    /// <summary>Co-building with the owner itself, or (for a community owner) with its street.</summary>
    public async Task<bool> IsCoBuildingAsync(string unitId, OrgPath owner, CancellationToken ct) =>
        await reporting.IsCoBuildingAsync(unitId, owner.OwnerId, ct)
        || (owner.CommunityId is not null && owner.StreetId is not null && await reporting.IsCoBuildingAsync(unitId, owner.StreetId, ct));

    public Task<IReadOnlyList<string>> CoBuildingUnitsAsync(string organisationId, CancellationToken ct) =>
        reporting.CoBuildingUnitsAsync(organisationId, ct);

    /// <summary>Names of organisations (units) for display; unknown ids keep their id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        foreach (var id in ids.Distinct())
            names[id] = (await organisations.FindAsync(id, ct))?.Name ?? id;
        return names;
    }
}
