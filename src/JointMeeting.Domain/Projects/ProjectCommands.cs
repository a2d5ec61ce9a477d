using JointMeeting.Domain.Common;
using JointMeeting.Domain.Meetings;

namespace JointMeeting.Domain.Projects;

public interface IProjectCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string ProjectId { get; }
}

/// <summary>A project from a need and resources (or free-standing), with the units that carry it.</summary>
public sealed record ProjectDraft(
    string Title, string Description, string? NeedId, IReadOnlyList<string> ResourceIds, IReadOnlyList<string> OwnerUnitIds);

public sealed record DraftProject(Actor Actor, DateTimeOffset Now, string ProjectId, OrgPath Owner, ProjectDraft Draft) : IProjectCommand;

public sealed record EditProject(Actor Actor, DateTimeOffset Now, string ProjectId, ProjectDraft Draft) : IProjectCommand;

/// <summary>Puts the project on a meeting's agenda as item <paramref name="AgendaItemId"/>.</summary>
public sealed record ProposeProject(Actor Actor, DateTimeOffset Now, string ProjectId, string MeetingId, string AgendaItemId) : IProjectCommand;

/// <summary>Mirrors the meeting's DecisionRecorded onto the project (sent by the system reacting to the meeting, or a secretary).</summary>
public sealed record ApplyMeetingDecision(
    Actor Actor, DateTimeOffset Now, string ProjectId, string MeetingId, string AgendaItemId, DecisionOutcome Outcome, string? Note)
    : IProjectCommand;

/// <summary><paramref name="UnitIsCoBuilding"/>: fact that the unit is a 共建单位 of the project's community/street.</summary>
public sealed record ClaimProject(Actor Actor, DateTimeOffset Now, string ProjectId, string ClaimId, string UnitId, bool UnitIsCoBuilding)
    : IProjectCommand;

public sealed record ConfirmProjectClaim(Actor Actor, DateTimeOffset Now, string ProjectId, string ClaimId) : IProjectCommand;

public sealed record DeclineProjectClaim(Actor Actor, DateTimeOffset Now, string ProjectId, string ClaimId, string Reason) : IProjectCommand;

public sealed record UpdateProjectProgress(Actor Actor, DateTimeOffset Now, string ProjectId, int Percent, string Note) : IProjectCommand;

public sealed record CompleteProject(Actor Actor, DateTimeOffset Now, string ProjectId, string? Note) : IProjectCommand;
