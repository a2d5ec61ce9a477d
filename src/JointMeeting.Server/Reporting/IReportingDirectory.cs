using JointMeeting.Domain.Common;
using JointMeeting.Domain.Reporting;
using JointMeeting.Server.Platform.Database;

namespace JointMeeting.Server.Reporting;

/// <summary>An approved reporting member as matching and notices need them (no personal fields).</summary>
public sealed record ReportedMember(string PersonId, ApprovedReporting Reporting, string? UnitId, ServiceProfile Profile);

/// <summary>
/// Read access to 双报到 for other features: who may claim in a community, which units co-build where.
/// Implemented by the Reporting feature over its read models.
/// </summary>
public interface IReportingDirectory
{
    /// <summary>The member's current approved report, or null when they have none.</summary>
    Task<ReportedMember?> FindMemberAsync(string personId, CancellationToken ct);

    /// <summary>The same lookup as a read that can share a round trip with others (see <see cref="ReadBatch"/>).</summary>
    BatchRead<ReportedMember?> FindMemberRead(string personId);

    /// <summary>Approved members of a community (and, with <paramref name="includeStreet"/>, of its whole street).</summary>
    Task<IReadOnlyList<ReportedMember>> MembersOfAsync(string communityId, bool includeStreet, CancellationToken ct);

    /// <summary>True when the unit's report to <paramref name="organisationId"/> (community or street) is approved.</summary>
    Task<bool> IsCoBuildingAsync(string unitId, string organisationId, CancellationToken ct);

    /// <summary>Units co-building with the organisation (community or street).</summary>
    Task<IReadOnlyList<string>> CoBuildingUnitsAsync(string organisationId, CancellationToken ct);
}
