using JointMeeting.Domain.Common;
using JointMeeting.Domain.Common.Import;
using JointMeeting.Domain.Organisations;
using JointMeeting.Domain.Organisations.Import;
using JointMeeting.Domain.Reporting.Import;
using JointMeeting.Server.Accounts;
using JointMeeting.Server.Platform.Commands;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>organisationId: the scope imported into (every row must lie inside it); the file by uploadId or base64.</summary>
public sealed record ImportInput(string OrganisationId, string? UploadId, string? File, bool? ImportValidRows, string? ClientMutationId);

/// <summary>
/// CSV imports (issue 4 §7): read (UTF-8 only) → header check (VALIDATION naming missing columns) → every row
/// validated by the domain's rules and the caller's scope → nothing written when a row is bad (unless
/// importValidRows) → the valid rows written in the background through the same commands as the API.
/// </summary>
public sealed partial class ImportService(
    ImportJobs jobs, ImportWorker worker, OrganisationReadModel tree, AccountReadModel accounts, CommandExecutor executor, TimeProvider clock)
{
    private const int MemberParallelism = 16;

    public async Task<ImportJob> ImportAsync(Actor actor, ImportKind kind, ImportInput input, CancellationToken ct)
    {
        var scope = await tree.GetRowAsync(input.OrganisationId, "导入范围组织", ct);
        ScopeRules.Demand(OrganisationPolicy.CanManage(actor, scope.Path) && !actor.IsSystem, "仅该组织的书记及上级管理员可导入");
        var (header, rows) = CsvText.Read(await BytesAsync(actor, input, ct));
        var columns = kind switch { ImportKind.Organisations => OrganisationCsv.Columns, ImportKind.Units => UnitCsv.Columns, _ => MemberCsv.Columns };
        var headerErrors = CsvHeader.Map(header, columns).Errors;
        if (headerErrors.Count > 0)
            throw new DomainException(ErrorCode.Validation, string.Join("；", headerErrors.Select(e => e.Reason)),
                headerErrors.ToDictionary(e => e.Column, e => e.Reason));

        var known = (await tree.InDistrictAsync(scope.Path.DistrictId, ct)).GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.First());
        var now = clock.GetUtcNow();
        var (errors, writes) = kind switch
        {
            ImportKind.Organisations => Organisations(actor, scope, header, rows, known, now),
            ImportKind.Units => Units(actor, scope, header, rows, known, now),
            _ => Members(actor, scope, header, rows, known, await accounts.PhonesAsync(ct), await accounts.UnfinishedImportsAsync(ct), now),
        };
        var total = CsvHeader.Numbered(rows).Count();
        var rejected = errors.Count > 0 && input.ImportValidRows != true;
        var job = new ImportJob(NewId.Next(), kind, scope.Id, actor.AccountId, rejected ? ImportStatus.Rejected : ImportStatus.Running,
            total, writes.Count, 0, 0, errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList(), now, rejected ? now : null, null);
        await jobs.CreateAsync(job, worker.WorkerId, ct);
        if (!rejected) await worker.EnqueueAsync(new ImportWork(job.Id, writes, kind == ImportKind.Members ? MemberParallelism : 1));
        return job;
    }

    private async Task<byte[]> BytesAsync(Actor actor, ImportInput input, CancellationToken ct)
    {
        if (input.UploadId is { Length: > 0 } uploadId)
            return await jobs.UploadAsync(uploadId, actor.AccountId, ct) ?? throw DomainException.NotFound("上传的文件");
        if (string.IsNullOrEmpty(input.File)) throw DomainException.Invalid("file", "请上传文件（uploadId 或 file）");
        try { return Convert.FromBase64String(input.File); }
        catch (FormatException) { throw DomainException.Invalid("file", "file 须为文件内容的 Base64 编码"); }
    }

    private (List<ImportRowError>, List<ImportWrite>) Organisations(Actor actor, OrganisationRow scope, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, Dictionary<string, OrganisationRow> known, DateTimeOffset now)
    {
        var result = OrganisationCsv.Validate(header, rows, known.ToDictionary(k => k.Key, k => k.Value.Kind));
        var errors = result.Errors.ToList();
        var created = new Dictionary<string, (string Id, OrganisationKind Kind)>();
        var writes = new List<ImportWrite>();
        foreach (var (row, value) in result.Rows)
        {
            // A parent from this file is checked for scope when it is written; one already there is checked now.
            if (value.ParentName is { } p && known.TryGetValue(p, out var parent) && !InScope(parent, scope))
            { errors.Add(new ImportRowError(row, OrganisationCsv.Parent, $"上级“{p}”不在导入范围内")); continue; }
            var id = NewId.Next();
            created[value.Name] = (id, value.Kind);
            writes.Add(new ImportWrite(row, OrganisationCsv.Name, async ct =>
            {
                var parentRow = value.ParentName is null ? null : await tree.GetRowAsync(known.GetValueOrDefault(value.ParentName)?.Id
                    ?? created[value.ParentName].Id, "上级组织", ct);
                await executor.ExecuteAsync(OrganisationAggregates.Organisations, id, new CreateOrganisation(actor, now, id, value.Kind, value.Name,
                    parentRow?.Id, parentRow?.Kind, parentRow?.Path), new WriteOptions(Actor: actor), ct);
            }));
        }
        return (errors, writes);
    }

    private (List<ImportRowError>, List<ImportWrite>) Units(Actor actor, OrganisationRow scope, IReadOnlyList<string> header,
        IReadOnlyList<IReadOnlyList<string>> rows, Dictionary<string, OrganisationRow> known, DateTimeOffset now)
    {
        var result = UnitCsv.Validate(header, rows, known.ToDictionary(k => k.Key, k => k.Value.Kind));
        var errors = result.Errors.ToList();
        var writes = new List<ImportWrite>();
        foreach (var (row, value) in result.Rows)
        {
            var parent = known[value.LocatedIn];
            if (!InScope(parent, scope)) { errors.Add(new ImportRowError(row, UnitCsv.LocatedIn, $"“{value.LocatedIn}”不在导入范围内")); continue; }
            writes.Add(new ImportWrite(row, UnitCsv.Name, ct =>
            {
                var id = NewId.Next();
                return executor.ExecuteAsync(OrganisationAggregates.Organisations, id, new CreateOrganisation(actor, now, id,
                    OrganisationKind.ResidentUnit, value.Name, parent.Id, parent.Kind, parent.Path, value.Details), new WriteOptions(Actor: actor), ct);
            }));
        }
        return (errors, writes);
    }

    private static bool InScope(OrganisationRow org, OrganisationRow scope) => org.Id == scope.Id || org.Path.IsWithin(scope.Path) && IsBelow(org, scope);

    // A path is only district/street/community deep: a unit under the street lies "within" a community's path only when it is in it.
    private static bool IsBelow(OrganisationRow org, OrganisationRow scope) => scope.Kind switch
    {
        OrganisationKind.District or OrganisationKind.Street or OrganisationKind.Community => true,
        _ => org.ParentId == scope.Id,
    };
}
