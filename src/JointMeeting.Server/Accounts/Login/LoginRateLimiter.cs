using System.Threading.RateLimiting;
using JointMeeting.Server.Platform.Api;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Accounts.Login;

/// <summary>
/// Slows password guessing per (client IP, login name): failed sign-ins use up the window's permits, and
/// once they are gone every attempt is refused before any password is checked (no hashing, no events).
/// Successful sign-ins cost nothing, so people re-opening tabs are never slowed. Lockout (in the domain)
/// covers one account guessed from many IPs.
/// </summary>
public sealed class LoginRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginRateLimiter(IOptions<LoginOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PermitLimit, Window = o.Window, QueueLimit = 0, AutoReplenishment = true }));
    }

    /// <exception cref="RateLimitedException">Too many failed attempts: RATE_LIMITED with the seconds to wait.</exception>
    public void EnsureAllowed(string? clientIp, string loginName)
    {
        // Asking for zero permits reports whether any are left without using one.
        using var lease = _limiter.AttemptAcquire(Key(clientIp, loginName), 0);
        if (lease.IsAcquired) return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        throw new RateLimitedException($"登录尝试过于频繁，请{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))}秒后再试", wait);
    }

    public void RecordFailure(string? clientIp, string loginName)
    {
        using var _ = _limiter.AttemptAcquire(Key(clientIp, loginName));
    }

    private static string Key(string? clientIp, string loginName) => $"{clientIp ?? "?"}|{loginName.Trim().ToLowerInvariant()}";

    public void Dispose() => _limiter.Dispose();
}
