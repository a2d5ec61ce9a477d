using JointMeeting.Domain.Accounts;
using JointMeeting.Domain.Common;
using JointMeeting.Domain.Common.Import;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Reporting;
using JointMeeting.Domain.Reporting.Import;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Platform.Commands;
using JointMeeting.Server.Reporting;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>
/// Member rows: an account, a 双报到 report approved at once, and the Member role — four commands on two streams, so a
/// server that dies between them leaves a member half made. Importing the phone again finishes that member.
/// </summary>
public sealed partial class ImportService
{
    private (List<ImportRowError>, List<ImportWrite>) Members(Actor actor, OrganisationRow scope, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, Dictionary<string, OrganisationRow> known, IReadOnlySet<string> phones,
        IReadOnlyDictionary<string, UnfinishedMember> unfinished, DateTimeOffset now)
    {
        var parents = known.Values.ToDictionary(o => o.Id, o => o.Name);
        var organisations = known.ToDictionary(k => k.Key,
            k => new KnownOrganisation(k.Value.Kind, k.Value.ParentId is { } pid ? parents.GetValueOrDefault(pid) : null));
        // An unfinished member's phone is not "already registered": its row finishes the member.
        var taken = unfinished.Count == 0 ? phones : phones.Where(p => !unfinished.ContainsKey(p)).ToHashSet();
        var result = MemberCsv.Validate(header, rows, organisations, taken);
        var errors = result.Errors.ToList();
        var writes = new List<ImportWrite>();
        foreach (var (row, m) in result.Rows)
        {
            var community = known[m.Community];
            if (!InScope(community, scope)) { errors.Add(new ImportRowError(row, MemberCsv.Community, $"社区“{m.Community}”不在导入范围内")); continue; }
            var left = unfinished.GetValueOrDefault(m.Phone);
            if (left is not null && left.HomeOrganisationId != community.Id)
            { errors.Add(new ImportRowError(row, MemberCsv.Phone, "该手机号已在另一社区登记（导入未完成），请核对社区")); continue; }
            var member = new MemberRow(m, community, known[m.Unit], m.Grid is null ? null : known[m.Grid], m.Building is null ? null : known[m.Building]);
            writes.Add(new ImportWrite(row, MemberCsv.Phone, ct => WriteMemberAsync(actor, member, left, now, ct)));
        }
        return (errors, writes);
    }

    private sealed record MemberRow(MemberImportRow Csv, OrganisationRow Community, OrganisationRow Unit, OrganisationRow? Grid, OrganisationRow? Building);

    private async Task WriteMemberAsync(Actor actor, MemberRow row, UnfinishedMember? left, DateTimeOffset now, CancellationToken ct)
    {
        var (m, community) = (row.Csv, row.Community);
        var options = new WriteOptions(Actor: actor);
        string accountId, personId;
        ReportingState<MemberReport>? reporting = null;
        if (left is null)
        {
            (accountId, personId) = (NewId.Next(), NewId.Next());
            // No password: the member is activated by a reset; hashing 50 000 passwords would take an hour.
            await executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new RegisterAccount(actor, now, accountId, personId, m.Phone,
                new PersonProfile(m.Name, m.Phone, m.Email), Passwords.NotSet, community.Id, community.Path), options, ct);
        }
        else
        {
            (accountId, personId) = (left.AccountId, left.PersonId);
            reporting = (await executor.LoadAsync(ReportingAggregates.Members, personId, ct)).State;
        }
        if (reporting?.Approved is null)
        {
            var reportId = reporting?.Pending?.ReportId;
            if (reportId is null)
            {
                reportId = NewId.Next();
                await executor.ExecuteAsync(ReportingAggregates.Members, personId, new RequestMemberReport(actor, now, personId, reportId,
                    community.Id, community.Kind, community.Path, row.Unit.Id,
                    new Residence(row.Grid?.Id, row.Grid?.Path.CommunityId, row.Building?.Id, row.Building?.ParentId),
                    new ServiceProfile(m.Skills, [], [])), options, ct);
            }
            await executor.ExecuteAsync(ReportingAggregates.Members, personId, new ApproveMemberReport(actor, now, personId, reportId), options, ct);
        }
        await executor.ExecuteAsync(AccountAggregates.Accounts, accountId, new GrantRole(Actor.System, now, accountId, Role.Member,
            community.Id, OrganisationKind.Community, community.Path), new WriteOptions(Actor: Actor.System), ct);
    }
}
