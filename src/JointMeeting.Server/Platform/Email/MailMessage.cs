using System.Text;

namespace JointMeeting.Server.Platform.Email;

/// <summary>A mail to send. Not System.Net.Mail's: this one is plain data, stored in the outbox as is.</summary>
public sealed record MailMessage
{
    public required IReadOnlyList<string> To { get; init; }
    public IReadOnlyList<string> Cc { get; init; } = [];
    public required string Subject { get; init; }
    public string? TextBody { get; init; }
    public string? HtmlBody { get; init; }
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>When set, enqueuing the same key again is a no-op: a retried job sends its mail once.</summary>
    public string? DedupeKey { get; init; }

    public void Validate()
    {
        if (To.Count == 0) throw new ArgumentException("A mail needs at least one recipient.", nameof(To));
        if (TextBody is null && HtmlBody is null) throw new ArgumentException("A mail needs a text or an HTML body.", nameof(TextBody));
    }
}

/// <param name="ContentType">Full MIME type with parameters, e.g. <c>text/calendar; method=REQUEST; charset=UTF-8</c>.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>An RFC 5545 invitation: calendar clients show Accept/Decline for <c>method=REQUEST</c>.</summary>
    public static MailAttachment Calendar(string icsText, string fileName = "invite.ics", string method = "REQUEST") =>
        new(fileName, $"text/calendar; method={method}; charset=UTF-8", Encoding.UTF8.GetBytes(icsText));

    public static MailAttachment Text(string fileName, string text, string mediaType = "text/plain") =>
        new(fileName, $"{mediaType}; charset=UTF-8", Encoding.UTF8.GetBytes(text));
}
