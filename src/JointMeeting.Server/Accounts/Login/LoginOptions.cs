using JointMeeting.Domain.Accounts;

namespace JointMeeting.Server.Accounts.Login;

/// <summary>Accounts:Login — attempts per IP and login name in a window, and the lockout rule.</summary>
public sealed class LoginOptions
{
    public const string Section = "Accounts:Login";

    /// <summary>Sign-in attempts allowed per (client IP, login name) in <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxFailures { get; set; } = LockoutRules.Default.MaxFailures;

    public TimeSpan LockFor { get; set; } = LockoutRules.Default.LockFor;

    public LockoutRules Lockout => new(MaxFailures, LockFor);
}
