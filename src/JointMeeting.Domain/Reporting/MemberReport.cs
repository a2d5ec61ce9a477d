using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Reporting;

/// <summary>One report of an in-service member to a residential community.</summary>
public sealed record MemberReport(
    string ReportId, OrgPath Target, string UnitId, string? GridId, string? BuildingId, ServiceProfile Profile) : IReport
{
    /// <summary>The shape other features receive as a fact (claiming wishes and volunteer slots).</summary>
    public ApprovedReporting ToApprovedReporting(string personId) =>
        new(personId, Target.CommunityId!, Target.StreetId!, GridId, BuildingId);
}
