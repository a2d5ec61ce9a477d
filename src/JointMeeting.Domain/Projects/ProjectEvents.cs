using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Projects;

public interface IProjectEvent
{
    string ProjectId { get; }
    string By { get; }
    DateTimeOffset At { get; }
}

public sealed record ProjectDrafted(string ProjectId, OrgPath Owner, ProjectDraft Draft, string By, DateTimeOffset At) : IProjectEvent;

public sealed record ProjectEdited(string ProjectId, ProjectDraft Draft, string By, DateTimeOffset At) : IProjectEvent;

public sealed record ProjectProposed(string ProjectId, string MeetingId, string AgendaItemId, string By, DateTimeOffset At) : IProjectEvent;

/// <summary>立项.</summary>
public sealed record ProjectApproved(string ProjectId, string MeetingId, string AgendaItemId, string? Note, string By, DateTimeOffset At)
    : IProjectEvent;

public sealed record ProjectDeferred(string ProjectId, string MeetingId, string AgendaItemId, string? Note, string By, DateTimeOffset At)
    : IProjectEvent;

public sealed record ProjectRejected(string ProjectId, string MeetingId, string AgendaItemId, string? Note, string By, DateTimeOffset At)
    : IProjectEvent;

public sealed record ProjectClaimed(string ProjectId, string ClaimId, string UnitId, string By, DateTimeOffset At) : IProjectEvent;

/// <summary>The confirmed unit joins the project's owners.</summary>
public sealed record ProjectClaimConfirmed(string ProjectId, string ClaimId, string UnitId, string By, DateTimeOffset At) : IProjectEvent;

public sealed record ProjectClaimDeclined(string ProjectId, string ClaimId, string UnitId, string Reason, string By, DateTimeOffset At)
    : IProjectEvent;

public sealed record ProjectProgressUpdated(string ProjectId, int Percent, string Note, string By, DateTimeOffset At) : IProjectEvent;

/// <summary>Owner units copied in: each earns points for a completed project.</summary>
public sealed record ProjectCompleted(string ProjectId, IReadOnlyList<string> OwnerUnitIds, string? Note, string By, DateTimeOffset At)
    : IProjectEvent;

public static class ProjectEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(ProjectDrafted), "project.drafted"),
        (typeof(ProjectEdited), "project.edited"),
        (typeof(ProjectProposed), "project.proposed"),
        (typeof(ProjectApproved), "project.approved"),
        (typeof(ProjectDeferred), "project.deferred"),
        (typeof(ProjectRejected), "project.rejected"),
        (typeof(ProjectClaimed), "project.claimed"),
        (typeof(ProjectClaimConfirmed), "project.claim-confirmed"),
        (typeof(ProjectClaimDeclined), "project.claim-declined"),
        (typeof(ProjectProgressUpdated), "project.progress-updated"),
        (typeof(ProjectCompleted), "project.completed"),
    ];
}
