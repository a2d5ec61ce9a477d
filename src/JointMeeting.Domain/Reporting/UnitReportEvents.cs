using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Reporting;

/// <summary>Marker for the events of one unit's reporting stream (stream id: <see cref="UnitReportingStream.Id"/>).</summary>
public interface IUnitReportingEvent
{
    string UnitId { get; }
}

public static class UnitReportingStream
{
    public static string Id(string unitId) => $"unit-reporting-{unitId}";
}

public sealed record UnitReportRequested(string UnitId, string ReportId, OrgPath Target, string? Note, string By, DateTimeOffset At)
    : IUnitReportingEvent;

/// <summary>From now on the unit is a co-building unit of Target (its OwnerId is the community or street).</summary>
public sealed record UnitReportApproved(string UnitId, string ReportId, OrgPath Target, string By, DateTimeOffset At) : IUnitReportingEvent;

public sealed record UnitReportRejected(string UnitId, string ReportId, string Reason, string By, DateTimeOffset At) : IUnitReportingEvent;

public sealed record UnitReportWithdrawn(string UnitId, string ReportId, string By, DateTimeOffset At) : IUnitReportingEvent;

/// <summary>Co-building at TargetId ended: the unit moved its report elsewhere, or withdrew.</summary>
public sealed record UnitReportEnded(string UnitId, string ReportId, string TargetId, ReportEndReason Reason, string By, DateTimeOffset At)
    : IUnitReportingEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class UnitReportingEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(UnitReportRequested), "unit-reporting.requested"),
        (typeof(UnitReportApproved), "unit-reporting.approved"),
        (typeof(UnitReportRejected), "unit-reporting.rejected"),
        (typeof(UnitReportWithdrawn), "unit-reporting.withdrawn"),
        (typeof(UnitReportEnded), "unit-reporting.ended"),
    ];
}
