using System.Security.Claims;
using JointMeeting.Domain.Common;

namespace JointMeeting.Server.Platform.Auth;

/// <summary>Builds the domain's <see cref="Actor"/> for a signed-in account (implemented by the Accounts feature).</summary>
public interface IActorProvider
{
    /// <summary>The actor, or null when the account no longer exists or its session was ended (stamp changed).</summary>
    ValueTask<Actor?> FindAsync(ClaimsPrincipal user, CancellationToken ct);
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
}
