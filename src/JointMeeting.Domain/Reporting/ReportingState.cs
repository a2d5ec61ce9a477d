using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Reporting;

/// <summary>A request to report somewhere; Target is the community (or street) reported to.</summary>
public interface IReport
{
    string ReportId { get; }
    OrgPath Target { get; }
}

/// <summary>Why an approved report stopped counting.</summary>
public enum ReportEndReason { Transferred, Withdrawn }

/// <summary>
/// One subject's (member's or unit's) reporting: at most one pending request and one approved
/// report. Both live in one stream, so "a second pending request" is decided against all of it.
/// </summary>
public sealed record ReportingState<TReport>(
    string SubjectId, TReport? Pending, TReport? Approved, IReadOnlyList<string> ClosedReportIds)
    where TReport : class, IReport
{
    public static ReportingState<TReport> Start(string subjectId) => new(subjectId, null, null, []);

    /// <summary>The pending request with that id; NOT_FOUND for an unknown id, CONFLICT when it was already decided.</summary>
    public TReport PendingReport(string reportId)
    {
        if (Pending?.ReportId == reportId) return Pending;
        if (Approved?.ReportId == reportId || ClosedReportIds.Contains(reportId))
            throw DomainException.Conflict("该报到申请已处理");
        throw DomainException.NotFound("报到申请");
    }

    public bool Knows(string reportId) =>
        Pending?.ReportId == reportId || Approved?.ReportId == reportId || ClosedReportIds.Contains(reportId);

    public ReportingState<TReport> Close(string reportId) => this with { ClosedReportIds = [.. ClosedReportIds, reportId] };

    /// <summary>Approval replaces any earlier approved report (a transfer): the old one is closed.</summary>
    public ReportingState<TReport> ApprovePending() =>
        (Approved is null ? this : Close(Approved.ReportId)) with { Approved = Pending, Pending = null };
}

/// <summary>The checks every new request makes, for members and units alike.</summary>
public static class ReportRequestRules
{
    public static void EnsureCanRequest<TReport>(ReportingState<TReport>? state, string reportId, string targetId)
        where TReport : class, IReport
    {
        if (state is null) return;
        if (state.Knows(reportId)) throw DomainException.Conflict("报到申请已存在");
        if (state.Pending is not null) throw DomainException.Conflict("已有待审核的报到申请，请等待审核或先撤回");
        if (state.Approved?.Target.OwnerId == targetId) throw DomainException.Conflict("已在该组织报到");
    }
}
