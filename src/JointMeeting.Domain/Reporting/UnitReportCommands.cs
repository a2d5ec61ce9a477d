using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Reporting;

/// <summary>Every unit-reporting command names the resident unit and carries who and when.</summary>
public interface IUnitReportingCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string UnitId { get; }
}

/// <summary>A unit's Party organisation asks to become a co-building unit (共建单位) of a community or street.</summary>
public sealed record RequestUnitReport(
    Actor Actor, DateTimeOffset Now, string UnitId, string ReportId,
    string TargetId, OrganisationKind TargetKind, OrgPath TargetPath, string? Note = null) : IUnitReportingCommand;

public sealed record ApproveUnitReport(Actor Actor, DateTimeOffset Now, string UnitId, string ReportId) : IUnitReportingCommand;

public sealed record RejectUnitReport(Actor Actor, DateTimeOffset Now, string UnitId, string ReportId, string Reason) : IUnitReportingCommand;

/// <summary>Withdraws a pending request, or ends co-building (by the unit, or by the secretaries there).</summary>
public sealed record WithdrawUnitReport(Actor Actor, DateTimeOffset Now, string UnitId, string ReportId) : IUnitReportingCommand;
