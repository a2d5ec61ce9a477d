using System.Threading.RateLimiting;
using JointMeeting.Server.Platform.Api;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Accounts.Login;

/// <summary>
/// Slows password guessing per (client IP, login name) before any password is checked, so a flood
/// costs no hashing and no events. Lockout (in the domain) covers one account from many IPs.
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

    /// <exception cref="RateLimitedException">Too many attempts: RATE_LIMITED with the seconds to wait.</exception>
    public void Acquire(string? clientIp, string loginName)
    {
        using var lease = _limiter.AttemptAcquire($"{clientIp ?? "?"}|{loginName.Trim().ToLowerInvariant()}");
        if (lease.IsAcquired) return;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        throw new RateLimitedException($"登录尝试过于频繁，请{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))}秒后再试", wait);
    }

    public void Dispose() => _limiter.Dispose();
}
