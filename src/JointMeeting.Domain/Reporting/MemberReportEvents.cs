using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Reporting;

/// <summary>Marker for the events of one member's reporting stream (stream id: <see cref="MemberReportingStream.Id"/>).</summary>
public interface IMemberReportingEvent
{
    string PersonId { get; }
}

/// <summary>One stream per member, so at most one pending request is decided inside one stream.</summary>
public static class MemberReportingStream
{
    public static string Id(string personId) => $"member-reporting-{personId}";
}

public sealed record MemberReportRequested(
    string PersonId, string ReportId, OrgPath Community, string UnitId, string? GridId, string? BuildingId,
    ServiceProfile Profile, string By, DateTimeOffset At) : IMemberReportingEvent;

/// <summary>Carries where the member now belongs, so the ApprovedReporting read model needs nothing else.</summary>
public sealed record MemberReportApproved(
    string PersonId, string ReportId, OrgPath Community, string UnitId, string? GridId, string? BuildingId,
    string By, DateTimeOffset At) : IMemberReportingEvent;

public sealed record MemberReportRejected(string PersonId, string ReportId, string Reason, string By, DateTimeOffset At)
    : IMemberReportingEvent;

/// <summary>A pending request taken back before a decision.</summary>
public sealed record MemberReportWithdrawn(string PersonId, string ReportId, string By, DateTimeOffset At) : IMemberReportingEvent;

/// <summary>An approved report stopped counting: replaced by a transfer, or withdrawn.</summary>
public sealed record MemberReportEnded(
    string PersonId, string ReportId, string CommunityId, ReportEndReason Reason, string By, DateTimeOffset At) : IMemberReportingEvent;

public sealed record ServiceProfileUpdated(string PersonId, string ReportId, ServiceProfile Profile, string By, DateTimeOffset At)
    : IMemberReportingEvent;

/// <summary>The approved report's grid and building changed; CommunityId tells the community (its lists and live group).</summary>
public sealed record MemberResidenceChanged(
    string PersonId, string ReportId, string CommunityId, string? GridId, string? BuildingId, string By, DateTimeOffset At) : IMemberReportingEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class MemberReportingEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(MemberReportRequested), "member-reporting.requested"),
        (typeof(MemberReportApproved), "member-reporting.approved"),
        (typeof(MemberReportRejected), "member-reporting.rejected"),
        (typeof(MemberReportWithdrawn), "member-reporting.withdrawn"),
        (typeof(MemberReportEnded), "member-reporting.ended"),
        (typeof(ServiceProfileUpdated), "member-reporting.service-profile-updated"),
        (typeof(MemberResidenceChanged), "member-reporting.residence-changed"),
    ];
}
