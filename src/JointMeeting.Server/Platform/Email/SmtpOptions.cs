namespace JointMeeting.Server.Platform.Email;

/// <summary>The SMTP server (Smtp__Host, Smtp__Port, …). Without a host, mail stays in the outbox.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "JointMeeting <no-reply@jointmeeting.local>";
    public string? User { get; set; }
    public string? Password { get; set; }
    /// <summary>Upgrade the connection with STARTTLS (what SmtpClient.EnableSsl does).</summary>
    public bool StartTls { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the outbox is drained (section MailOutbox); the defaults suit production.</summary>
public sealed class MailOutboxOptions
{
    public const string Section = "MailOutbox";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);
    public int BatchSize { get; set; } = 50;
    /// <summary>How often, at most, to repeat that mail is waiting because no SMTP host is set.</summary>
    public TimeSpan NotSentNoticeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait before the next try after <paramref name="attempts"/> failed ones: doubling, capped.</summary>
    public TimeSpan BackoffAfter(int attempts)
    {
        var seconds = InitialBackoff.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
