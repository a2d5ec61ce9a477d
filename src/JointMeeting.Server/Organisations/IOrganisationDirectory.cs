using JointMeeting.Domain.Common;
using JointMeeting.Domain.Organisations;

namespace JointMeeting.Server.Organisations;

/// <summary>An organisation as other features need it: what it is and where it sits.</summary>
public sealed record OrganisationInfo(string Id, OrganisationKind Kind, string Name, string? ParentId, OrgPath Path, bool Archived);

/// <summary>
/// Read access to the organisation tree for other features (they load facts for their commands from it).
/// Implemented by the Organisations feature over its read model.
/// </summary>
public interface IOrganisationDirectory
{
    Task<OrganisationInfo?> FindAsync(string id, CancellationToken ct);

    /// <summary>The organisation, or NOT_FOUND (a <see cref="DomainException"/>) naming <paramref name="what"/>.</summary>
    Task<OrganisationInfo> GetAsync(string id, string what, CancellationToken ct);
}
