using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Domain.Reporting;

/// <summary>Every member-reporting command names the member (a person) and carries who and when.</summary>
public interface IMemberReportingCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string PersonId { get; }
}

/// <summary>
/// Where the member lives inside the community, with the facts to check it: the community a grid
/// belongs to and the grid a building belongs to (from the organisations read model).
/// </summary>
public sealed record Residence(string? GridId = null, string? GridCommunityId = null, string? BuildingId = null, string? BuildingGridId = null)
{
    public static readonly Residence Unknown = new();
}

/// <summary>
/// A first report or a transfer (when an approved report exists). CommunityKind and CommunityPath
/// describe the organisation named by CommunityId; UnitId is where the member works.
/// </summary>
public sealed record RequestMemberReport(
    Actor Actor, DateTimeOffset Now, string PersonId, string ReportId,
    string CommunityId, OrganisationKind CommunityKind, OrgPath CommunityPath,
    string UnitId, Residence Residence, ServiceProfile Profile) : IMemberReportingCommand;

public sealed record ApproveMemberReport(Actor Actor, DateTimeOffset Now, string PersonId, string ReportId) : IMemberReportingCommand;

public sealed record RejectMemberReport(Actor Actor, DateTimeOffset Now, string PersonId, string ReportId, string Reason)
    : IMemberReportingCommand;

/// <summary>Withdraws a pending request, or ends an approved report (the member leaves or is removed).</summary>
public sealed record WithdrawMemberReport(Actor Actor, DateTimeOffset Now, string PersonId, string ReportId) : IMemberReportingCommand;

/// <summary>The member keeps skills, preferences and availability current on the approved report.</summary>
public sealed record UpdateServiceProfile(Actor Actor, DateTimeOffset Now, string PersonId, ServiceProfile Profile)
    : IMemberReportingCommand;

/// <summary>
/// The member moved inside the community reported to (another grid or building): the approved report follows,
/// without a new approval. By the member or a secretary over the community; a transfer is for another community.
/// </summary>
public sealed record ChangeResidence(Actor Actor, DateTimeOffset Now, string PersonId, string ReportId, Residence Residence)
    : IMemberReportingCommand;
