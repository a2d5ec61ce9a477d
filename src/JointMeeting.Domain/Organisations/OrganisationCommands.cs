using JointMeeting.Domain.Common;

namespace JointMeeting.Domain.Organisations;

/// <summary>Every organisation command names its organisation and carries who and when.</summary>
public interface IOrganisationCommand
{
    Actor Actor { get; }
    DateTimeOffset Now { get; }
    string OrganisationId { get; }
}

/// <summary>A unit's contact person (usually its UnitContact). Personal: masked outside the scope.</summary>
public sealed record UnitContactPerson(string Name, string Phone);

/// <summary>What only a resident unit has: its kind, its Party organisation and who to call.</summary>
public sealed record UnitDetails(UnitKind Kind, string PartyOrganisationName, UnitContactPerson Contact);

/// <summary>
/// ParentPath is the parent's OrgPath from the read model (null only for a district); the new
/// organisation is managed in it. Unit is required for a resident unit and ignored otherwise.
/// </summary>
public sealed record CreateOrganisation(
    Actor Actor, DateTimeOffset Now, string OrganisationId, OrganisationKind Kind, string Name,
    string? ParentId = null, OrganisationKind? ParentKind = null, OrgPath? ParentPath = null,
    UnitDetails? Unit = null) : IOrganisationCommand;

/// <summary>ManagedIn: the parent's OrgPath (a district's own path for a district).</summary>
public sealed record RenameOrganisation(
    Actor Actor, DateTimeOffset Now, string OrganisationId, string Name, OrgPath ManagedIn) : IOrganisationCommand;

/// <summary>
/// NewParentAncestorIds: ids from the root down to the new parent itself, so a move under one's
/// own descendant is caught (no cycles).
/// </summary>
public sealed record MoveOrganisation(
    Actor Actor, DateTimeOffset Now, string OrganisationId, OrgPath ManagedIn,
    string NewParentId, OrganisationKind NewParentKind, OrgPath NewParentPath,
    IReadOnlyList<string> NewParentAncestorIds) : IOrganisationCommand;

/// <summary>LiveChildCount: children not archived, from the read model.</summary>
public sealed record ArchiveOrganisation(
    Actor Actor, DateTimeOffset Now, string OrganisationId, OrgPath ManagedIn, int LiveChildCount) : IOrganisationCommand;

/// <summary>Unit kind, Party organisation and contact; the unit's own contact may change them too.</summary>
public sealed record UpdateUnitDetails(
    Actor Actor, DateTimeOffset Now, string OrganisationId, OrgPath ManagedIn, UnitDetails Unit) : IOrganisationCommand;
