using System.Security.Claims;
using JointMeeting.Domain.Common;
using JointMeeting.Server.Platform.Database;
using Npgsql;

namespace JointMeeting.Server.Platform.Auth;

/// <summary>Builds the domain's <see cref="Actor"/> for a signed-in account (implemented by the Accounts feature).</summary>
public interface IActorProvider
{
    /// <summary>The actor, or null when the account no longer exists or its session was ended (stamp changed).</summary>
    ValueTask<Actor?> FindAsync(ClaimsPrincipal user, CancellationToken ct);

    /// <summary>The same lookup as a batchable read (null when the principal is not signed in at all).</summary>
    BatchRead<Actor?>? FindRead(ClaimsPrincipal user);
}

/// <summary>The caller is not signed in (or the session ended): GraphQL answers UNAUTHENTICATED.</summary>
public sealed class UnauthenticatedException(string message = "请先登录") : Exception(message);

/// <summary>The per-request actor, loaded once and shared by every resolver of the request.</summary>
public sealed class CurrentActor(IActorProvider provider)
{
    private Task<Actor?>? _actor;

    public Task<Actor?> FindAsync(ClaimsPrincipal user, CancellationToken ct) =>
        _actor ??= provider.FindAsync(user, ct).AsTask();

    public async Task<Actor> RequireAsync(ClaimsPrincipal user, CancellationToken ct) =>
        await FindAsync(user, ct) ?? throw new UnauthenticatedException();

    /// <summary>
    /// Runs a hot path's first reads and, unless already known, the actor's own read in one round trip; then requires the
    /// actor. The reads may only use what the session names (e.g. its person id): nothing is returned before the actor is
    /// confirmed, so a stale session still gets UNAUTHENTICATED.
    /// </summary>
    public async Task<Actor> RequireWithAsync(ClaimsPrincipal user, NpgsqlDataSource db, CancellationToken ct, params IBatchRead[] reads)
    {
        if (_actor is null && provider.FindRead(user) is { } read)
        {
            await db.ReadAsync(ct, [read, .. reads]);
            _actor = Task.FromResult(read.Value);
        }
        else
            await db.ReadAsync(ct, reads);
        return await RequireAsync(user, ct);
    }
}
