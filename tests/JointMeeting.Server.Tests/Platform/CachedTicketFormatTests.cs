using System.Security.Claims;
using JointMeeting.Server.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace JointMeeting.Server.Tests.Platform;

/// <summary>The session-cookie cache in front of data protection (the real protector, in memory).</summary>
public sealed class CachedTicketFormatTests
{
    /// <summary>Counts decryptions so the test sees which ones the cache saved.</summary>
    private sealed class Counting(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Unprotects;
        public string Protect(AuthenticationTicket data) => inner.Protect(data);
        public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);
        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);
        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Unprotects++;
            return inner.Unprotect(protectedText, purpose);
        }
    }

    private static (Counting Inner, CachedTicketFormat Cached) Create(int capacity = 10)
    {
        var protector = new EphemeralDataProtectionProvider().CreateProtector("test");
        var inner = new Counting(new TicketDataFormat(protector));
        return (inner, new CachedTicketFormat(inner, capacity));
    }

    private static AuthenticationTicket Ticket(string account) => new(
        new ClaimsPrincipal(new ClaimsIdentity([new Claim(SessionClaims.AccountId, account)], "Cookies")),
        new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) }, "Cookies");

    [Fact]
    public void The_same_cookie_is_decrypted_once_and_every_request_gets_its_own_copy()
    {
        var (inner, cached) = Create();
        var cookie = cached.Protect(Ticket("acct-1"));

        var first = cached.Unprotect(cookie)!;
        var second = cached.Unprotect(cookie)!;

        Assert.Equal(1, inner.Unprotects);
        Assert.Equal("acct-1", second.Principal.FindFirst(SessionClaims.AccountId)!.Value);
        Assert.Equal(first.Properties.ExpiresUtc, second.Properties.ExpiresUtc);
        // A change one request makes to its ticket is not seen by the next.
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim("extra", "x"));
        first.Properties.ExpiresUtc = DateTimeOffset.UnixEpoch;
        var third = cached.Unprotect(cookie)!;
        Assert.Null(third.Principal.FindFirst("extra"));
        Assert.NotEqual(DateTimeOffset.UnixEpoch, third.Properties.ExpiresUtc);
    }

    [Fact]
    public void A_tampered_cookie_is_refused_every_time_and_the_cache_stays_bounded()
    {
        var (inner, cached) = Create(capacity: 3);
        var cookie = cached.Protect(Ticket("acct-1"));
        var tampered = cookie[..^4] + (cookie[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.Null(cached.Unprotect(tampered));
        Assert.Null(cached.Unprotect(tampered));
        Assert.Equal(2, inner.Unprotects); // refusals are not remembered
        Assert.Null(cached.Unprotect(null));

        // More sessions than the capacity: each is still answered correctly.
        var cookies = Enumerable.Range(0, 8).Select(i => cached.Protect(Ticket($"acct-{i}"))).ToList();
        for (var round = 0; round < 2; round++)
            for (var i = 0; i < cookies.Count; i++)
                Assert.Equal($"acct-{i}", cached.Unprotect(cookies[i])!.Principal.FindFirst(SessionClaims.AccountId)!.Value);
    }
}
