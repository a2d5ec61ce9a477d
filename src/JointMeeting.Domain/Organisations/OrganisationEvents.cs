namespace JointMeeting.Domain.Organisations;

/// <summary>Marker for the events of one organisation stream (stream id: <see cref="OrganisationStream.Id"/>).</summary>
public interface IOrganisationEvent
{
    string OrganisationId { get; }
}

public static class OrganisationStream
{
    public static string Id(string organisationId) => $"organisation-{organisationId}";
}

public sealed record OrganisationCreated(
    string OrganisationId, OrganisationKind Kind, string Name, string? ParentId, UnitDetails? Unit,
    string By, DateTimeOffset At) : IOrganisationEvent;

public sealed record OrganisationRenamed(string OrganisationId, string PreviousName, string Name, string By, DateTimeOffset At)
    : IOrganisationEvent;

public sealed record OrganisationMoved(string OrganisationId, string FromParentId, string ToParentId, string By, DateTimeOffset At)
    : IOrganisationEvent;

public sealed record OrganisationArchived(string OrganisationId, string By, DateTimeOffset At) : IOrganisationEvent;

public sealed record UnitDetailsUpdated(string OrganisationId, UnitDetails Unit, string By, DateTimeOffset At) : IOrganisationEvent;

/// <summary>Stable names stored with each event; never rename one once written.</summary>
public static class OrganisationEventNames
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(OrganisationCreated), "organisation.created"),
        (typeof(OrganisationRenamed), "organisation.renamed"),
        (typeof(OrganisationMoved), "organisation.moved"),
        (typeof(OrganisationArchived), "organisation.archived"),
        (typeof(UnitDetailsUpdated), "organisation.unit-details-updated"),
    ];
}
