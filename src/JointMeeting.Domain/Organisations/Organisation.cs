namespace JointMeeting.Domain.Organisations;

/// <summary>One node of the tree as its own events leave it; its path above lives in the read model.</summary>
public sealed record Organisation(
    string Id, OrganisationKind Kind, string Name, string? ParentId, UnitDetails? Unit, bool Archived)
{
    public bool IsUnit => Kind == OrganisationKind.ResidentUnit;
}
