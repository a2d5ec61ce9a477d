using System.Security.Claims;

namespace JointMeeting.Server.Platform.Auth;

/// <summary>
/// What the session cookie holds: only who signed in. Roles are NOT in the cookie; they are read per
/// request (see <see cref="IActorProvider"/>) so a revoked grant takes effect at once.
/// </summary>
public static class SessionClaims
{
    public const string AccountId = "jm:account";
    public const string PersonId = "jm:person";

    /// <summary>Changes when the password changes or is reset, ending every other session of the account.</summary>
    public const string SecurityStamp = "jm:stamp";

    public static string? AccountIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(AccountId) : null;

    /// <summary>The session's person; trust it only once the actor has been confirmed for the request.</summary>
    public static string? PersonIdOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(PersonId) : null;

    public static ClaimsPrincipal Create(string accountId, string personId, string loginName, string securityStamp) =>
        new(new ClaimsIdentity(
            [
                new Claim(AccountId, accountId),
                new Claim(PersonId, personId),
                new Claim(ClaimTypes.Name, loginName),
                new Claim(SecurityStamp, securityStamp),
            ],
            Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme));
}
