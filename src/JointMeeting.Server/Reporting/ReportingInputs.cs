using JointMeeting.Domain.Reporting;

namespace JointMeeting.Server.Reporting;

public sealed record AvailabilitySlotInput(DayOfWeek Day, DayPart Part);

public sealed record ServiceProfileInput(IReadOnlyList<Skill>? Skills, IReadOnlyList<string>? PreferredCategories, IReadOnlyList<AvailabilitySlotInput>? Availability)
{
    public ServiceProfile ToProfile() =>
        new(Skills ?? [], PreferredCategories ?? [], (Availability ?? []).Select(a => new AvailabilitySlot(a.Day, a.Part)).ToList());
}

/// <summary>PersonId: absent for oneself; a secretary may enter a report for someone else.</summary>
public sealed record RequestMemberReportInput(
    string? PersonId, string CommunityId, string UnitId, string? GridId, string? BuildingId, ServiceProfileInput? Profile, string? ClientMutationId);

public sealed record ReportActionInput(string ReportId, int? ExpectedVersion, string? ClientMutationId);

public sealed record RejectReportInput(string ReportId, string Reason, int? ExpectedVersion, string? ClientMutationId);

public sealed record UpdateServiceProfileInput(ServiceProfileInput Profile, int? ExpectedVersion, string? ClientMutationId);

/// <summary>GridId/BuildingId: the new place inside the same community (null clears it).</summary>
public sealed record ChangeResidenceInput(string ReportId, string? GridId, string? BuildingId, int? ExpectedVersion, string? ClientMutationId);

public sealed record RequestUnitReportInput(string UnitId, string TargetId, string? Note, string? ClientMutationId);
