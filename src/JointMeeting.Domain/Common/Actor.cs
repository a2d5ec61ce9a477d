namespace JointMeeting.Domain.Common;

/// <summary>The five roles of DOMAIN.md §1; every grant is scoped to one organisation.</summary>
public enum Role { DistrictAdmin, StreetSecretary, CommunitySecretary, UnitContact, Member }

/// <summary>One role held over one organisation (district, street, community or unit id).</summary>
public sealed record RoleGrant(Role Role, string ScopeId);

/// <summary>Who performs a command. The server builds it from the signed-in account; the domain only reads it.</summary>
public sealed record Actor(string AccountId, string PersonId, IReadOnlyList<RoleGrant> Grants)
{
    /// <summary>The system itself (jobs, seeds of derived data): allowed where a rule says so.</summary>
    public static readonly Actor System = new("system", "system", []);

    public bool IsSystem => AccountId == "system";

    public bool Holds(Role role) => Grants.Any(g => g.Role == role);

    public bool Holds(Role role, string scopeId) => Grants.Any(g => g.Role == role && g.ScopeId == scopeId);

    public IEnumerable<string> ScopesOf(Role role) => Grants.Where(g => g.Role == role).Select(g => g.ScopeId);
}
