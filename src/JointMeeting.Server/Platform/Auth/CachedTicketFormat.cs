using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace JointMeeting.Server.Platform.Auth;

/// <summary>
/// Remembers what a session cookie decrypts to, so a signed-in client's next requests skip the data-protection
/// decryption (AES + HMAC, a measurable share of a claim's CPU). Safe because the same cookie text always decrypts to
/// the same ticket: expiry is still checked by the cookie handler on every request, and sign-outs and revocations are
/// decided per request from the database (see <see cref="IActorProvider"/>), not from the cookie.
/// </summary>
internal sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, int capacity = 10_000) : ISecureDataFormat<AuthenticationTicket>
{
    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null) return null;
        var key = purpose is null ? protectedText : purpose + "\n" + protectedText;
        if (!_tickets.TryGetValue(key, out var ticket))
        {
            ticket = inner.Unprotect(protectedText, purpose);
            if (ticket is null) return null; // tampered or foreign cookies are not remembered
            if (_tickets.Count >= capacity) _tickets.Clear(); // bounded: the cost of a clear is one decryption per session
            _tickets[key] = ticket;
        }
        // Each request gets its own copy, so nothing one request changes on its principal reaches another.
        // (ClaimsPrincipal.Clone shares its identities, so the identities are cloned one by one.)
        var principal = new System.Security.Claims.ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone()));
        return new AuthenticationTicket(principal, ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }
}
