using System.Security.Claims;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Platform.Auth;

namespace JointMeeting.Server.Accounts;

/// <summary>
/// The actor of a request, from the account's current grants (not the cookie), so a revoked role or a
/// reset password takes effect on the very next request.
/// </summary>
public sealed class AccountActorProvider(AccountReadModel accounts) : IActorProvider
{
    public async ValueTask<Actor?> FindAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (SessionClaims.AccountIdOf(user) is not { } accountId) return null;
        var account = await accounts.FindAsync(accountId, ct);
        if (account is null) return null;
        // A session signed in before the password last changed has ended.
        return user.FindFirst(SessionClaims.SecurityStamp)?.Value == account.SecurityStamp ? account.ToActor() : null;
    }
}
