using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using JointMeeting.Server.Organisations;
using JointMeeting.Server.Privacy;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Accounts;

/// <summary>An account as one viewer sees it: personal fields masked or whole per the privacy policy.</summary>
public sealed record AccountView(AccountRow Row, Revealed Personal);

/// <summary>
/// Read-side rules for accounts in one place: who may look at which accounts, and the masking of
/// their personal fields (a person is placed where they reported, else at their home organisation).
/// </summary>
public sealed class AccountViews(
    AccountReadModel accounts, OrganisationReadModel organisations, ReportingReadModel reporting, PrivacyGuard privacy)
{
    public async Task<IReadOnlyList<AccountView>> ViewAsync(Actor viewer, IReadOnlyList<AccountRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return [];
        var homes = await organisations.ByIdsAsync(rows.Select(r => r.HomeOrganisationId).ToList(), ct);
        var reported = await reporting.ApprovedMembersAsync(rows.Select(r => r.PersonId).ToList(), ct);
        var requests = rows.Select(r =>
        {
            var home = homes.GetValueOrDefault(r.HomeOrganisationId);
            var member = reported.GetValueOrDefault(r.PersonId);
            var placedIn = member?.Path ?? home?.Path;
            var unitId = member?.UnitId ?? (home?.Kind == OrganisationKind.ResidentUnit ? home.Id : null);
            return new RevealRequest(new PrivacySubject(r.PersonId, placedIn, unitId),
                new PersonalFields(r.Profile.DisplayName, r.Profile.Phone, r.Profile.Email, r.Profile.Address));
        }).ToList();
        var revealed = await privacy.RevealAsync(viewer, requests, "account", ct);
        return rows.Select((r, i) => new AccountView(r, revealed[i])).ToList();
    }

    public async Task<AccountView> ViewAsync(Actor viewer, AccountRow row, CancellationToken ct) => (await ViewAsync(viewer, [row], ct))[0];

    /// <summary>One account: oneself, or someone whose home lies in the viewer's scope.</summary>
    public async Task<AccountView> GetAsync(Actor viewer, string id, CancellationToken ct)
    {
        var row = await accounts.FindAsync(id, ct) ?? throw DomainException.NotFound("账户");
        if (row.Id != viewer.AccountId)
        {
            var home = await organisations.GetRowAsync(row.HomeOrganisationId, "所属组织", ct);
            ScopeRules.Demand(viewer.IsSecretaryOver(home.Path), "无权查看该账户");
        }
        return await ViewAsync(viewer, row, ct);
    }

    /// <summary>Accounts homed under an organisation: for the secretaries over it.</summary>
    public async Task<IReadOnlyList<AccountView>> UnderAsync(Actor viewer, string organisationId, string? search, int first, int offset, CancellationToken ct)
    {
        var org = await ListableAsync(viewer, organisationId, ct);
        return await ViewAsync(viewer, await accounts.UnderAsync(org, search, first, offset, ct), ct);
    }

    /// <summary>The number of accounts <see cref="UnderAsync"/> pages through; no personal field is read, so nothing is recorded.</summary>
    public async Task<int> CountUnderAsync(Actor viewer, string organisationId, string? search, CancellationToken ct) =>
        await accounts.CountUnderAsync(await ListableAsync(viewer, organisationId, ct), search, ct);

    private async Task<OrganisationRow> ListableAsync(Actor viewer, string organisationId, CancellationToken ct)
    {
        var org = await organisations.GetRowAsync(organisationId, "组织", ct);
        ScopeRules.Demand(viewer.IsSecretaryOver(org.Path) && (org.Kind != OrganisationKind.District || viewer.Holds(Role.DistrictAdmin, org.Id)),
            "无权查看该组织的账户");
        return org;
    }
}
