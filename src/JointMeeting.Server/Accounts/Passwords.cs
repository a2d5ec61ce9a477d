using Microsoft.AspNetCore.Identity;

namespace JointMeeting.Server.Accounts;

/// <summary>ASP.NET Core's PasswordHasher (PBKDF2) behind two calls; the domain only ever sees hashes.</summary>
public sealed class Passwords
{
    /// <summary>Imported accounts start with this: no password verifies until an admin resets it.</summary>
    public const string NotSet = "!not-set";

    /// <summary>Whether a stored hash can ever verify (imported accounts are not activated until a reset).</summary>
    public static bool IsSet(string hash) => !string.IsNullOrEmpty(hash) && !hash.StartsWith('!');

    private readonly PasswordHasher<object> _hasher = new();
    private readonly Lazy<string> _decoy;

    public Passwords() => _decoy = new(() => Hash(Guid.NewGuid().ToString()));

    public string Hash(string password) => _hasher.HashPassword(Subject, password);

    public bool Verify(string hash, string password)
    {
        if (!IsSet(hash)) return false;
        try
        {
            return _hasher.VerifyHashedPassword(Subject, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Spends the same time as a real check, so an unknown login is not told apart by timing.</summary>
    public void VerifyDecoy(string password) => Verify(_decoy.Value, password);

    private static readonly object Subject = new();
}
