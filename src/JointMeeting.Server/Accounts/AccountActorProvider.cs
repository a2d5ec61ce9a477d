using System.Security.Claims;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Platform.Auth;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.Accounts;

/// <summary>
/// The actor of a request, from the account's current grants (not the cookie), so a revoked role or a
/// reset password takes effect on the very next request.
/// </summary>
public sealed class AccountActorProvider(AccountReadModel accounts, NpgsqlDataSource db) : IActorProvider
{
    public async ValueTask<Actor?> FindAsync(ClaimsPrincipal user, CancellationToken ct) =>
        FindRead(user) is { } read ? await read.RunAsync(db, ct) : null;

    // A session signed in before the password last changed has ended: the read compares the stamps.
    public BatchRead<Actor?>? FindRead(ClaimsPrincipal user) =>
        SessionClaims.AccountIdOf(user) is { } accountId
            ? accounts.ActorRead(accountId, user.FindFirst(SessionClaims.SecurityStamp)?.Value)
            : null;
}
