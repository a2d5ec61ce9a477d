using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;
using static JointMeeting.Domain.Common.ScopeRules;

namespace JointMeeting.Domain.Reporting;

/// <summary>One report of a unit's Party organisation to the community or street where it is located.</summary>
public sealed record UnitReport(string ReportId, OrgPath Target, string? Note) : IReport;

public sealed class UnitReportingDecider : IDecider<IUnitReportingCommand, IUnitReportingEvent, ReportingState<UnitReport>>
{
    public static ReportingState<UnitReport>? Initial => null;

    public static IReadOnlyList<IUnitReportingEvent> Decide(IUnitReportingCommand command, ReportingState<UnitReport>? state)
    {
        if (command is RequestUnitReport request) return [Request(request, state)];
        var reporting = state ?? throw DomainException.NotFound("报到记录");
        var by = command.Actor.PersonId;
        switch (command)
        {
            case ApproveUnitReport c:
            {
                var report = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanDecide(c.Actor, report.Target), "仅报到社区（街道）的书记或上级管理员可审核");
                var approved = new UnitReportApproved(reporting.SubjectId, report.ReportId, report.Target, by, c.Now);
                return reporting.Approved is { } old
                    ? [new UnitReportEnded(reporting.SubjectId, old.ReportId, old.Target.OwnerId, ReportEndReason.Transferred, by, c.Now), approved]
                    : [approved];
            }
            case RejectUnitReport c:
            {
                var report = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanDecide(c.Actor, report.Target), "仅报到社区（街道）的书记或上级管理员可审核");
                new Validator().NotBlank(c.Reason, "reason", "驳回原因", 500).ThrowIfAny();
                return [new UnitReportRejected(reporting.SubjectId, report.ReportId, c.Reason.Trim(), by, c.Now)];
            }
            case WithdrawUnitReport c:
                if (reporting.Approved is { } current && current.ReportId == c.ReportId)
                {
                    Demand(ReportingPolicy.CanActForUnit(c.Actor, reporting.SubjectId, current.Target));
                    return [new UnitReportEnded(reporting.SubjectId, current.ReportId, current.Target.OwnerId, ReportEndReason.Withdrawn, by, c.Now)];
                }
                var pending = reporting.PendingReport(c.ReportId);
                Demand(ReportingPolicy.CanActForUnit(c.Actor, reporting.SubjectId, pending.Target));
                return [new UnitReportWithdrawn(reporting.SubjectId, pending.ReportId, by, c.Now)];
            default:
                throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name);
        }
    }

    public static ReportingState<UnitReport>? Evolve(ReportingState<UnitReport>? state, IUnitReportingEvent @event) => @event switch
    {
        UnitReportRequested e => (state ?? ReportingState<UnitReport>.Start(e.UnitId)) with
        {
            Pending = new UnitReport(e.ReportId, e.Target, e.Note),
        },
        UnitReportApproved => state!.ApprovePending(),
        UnitReportRejected e => state!.Close(e.ReportId) with { Pending = null },
        UnitReportWithdrawn e => state!.Close(e.ReportId) with { Pending = null },
        UnitReportEnded { Reason: ReportEndReason.Withdrawn } e => state!.Close(e.ReportId) with { Approved = null },
        _ => state,
    };

    private static UnitReportRequested Request(RequestUnitReport c, ReportingState<UnitReport>? state)
    {
        Demand(ReportingPolicy.CanActForUnit(c.Actor, c.UnitId, c.TargetPath), "仅本单位联络人或报到地书记可提交");
        new Validator()
            .Require(c.TargetKind is OrganisationKind.Community or OrganisationKind.Street && c.TargetPath.OwnerId == c.TargetId,
                "targetId", "单位须向所在社区或街道报到")
            .Require(c.Note is null || c.Note.Length <= 500, "note", "说明不能超过500个字符")
            .ThrowIfAny();
        ReportRequestRules.EnsureCanRequest(state, c.ReportId, c.TargetId);
        return new UnitReportRequested(c.UnitId, c.ReportId, c.TargetPath, string.IsNullOrWhiteSpace(c.Note) ? null : c.Note.Trim(),
            c.Actor.PersonId, c.Now);
    }
}
