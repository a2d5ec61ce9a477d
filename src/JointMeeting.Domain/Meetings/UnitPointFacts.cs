using JointMeeting.Domain.Needs;
using JointMeeting.Domain.Projects;
using JointMeeting.Domain.Resources;

namespace JointMeeting.Domain.Meetings;

/// <summary>What a unit earns points for (DOMAIN.md §6): claimed needs and projects completed, resources used, attendance.</summary>
public enum UnitPointReason { NeedCompleted, ProjectCompleted, ResourceUsed, MeetingAttended }

/// <summary>
/// One earning fact; (UnitId, Reason, SourceId) is unique, so the points projection can ignore repeats
/// (e.g. two members of one unit signing in to the same meeting earn the unit one attendance).
/// </summary>
public sealed record UnitPointFact(string UnitId, UnitPointReason Reason, string SourceId, DateTimeOffset At);

public static class UnitPointFacts
{
    /// <summary>The event types <see cref="From"/> can yield facts for (keep in step with its cases).</summary>
    public static readonly IReadOnlyCollection<Type> EventTypes = [typeof(NeedClosed), typeof(ProjectCompleted), typeof(ResourceUsed), typeof(MemberSignedIn)];

    /// <summary>The facts an event of the cycle yields; none for events that earn nothing.</summary>
    public static IReadOnlyList<UnitPointFact> From(object @event) => @event switch
    {
        NeedClosed { ClaimedByUnitId: { } unit } e => [new(unit, UnitPointReason.NeedCompleted, e.NeedId, e.At)],
        ProjectCompleted e => e.OwnerUnitIds.Distinct().Select(u => new UnitPointFact(u, UnitPointReason.ProjectCompleted, e.ProjectId, e.At)).ToList(),
        ResourceUsed e => [new(e.UnitId, UnitPointReason.ResourceUsed, $"{e.ResourceId}/{e.ClaimId}", e.At)],
        MemberSignedIn { UnitId: { } unit } e => [new(unit, UnitPointReason.MeetingAttended, e.MeetingId, e.At)],
        _ => [],
    };
}
