namespace JointMeeting.Server.Platform.Email;

/// <summary>Hands one mail to a mail server. One small seam, so SmtpClient can be swapped for another transport.</summary>
public interface IMailSender
{
    /// <summary>False when there is nowhere to send (no Smtp__Host): the outbox then keeps its mail.</summary>
    bool IsConfigured { get; }

    /// <exception cref="MailRejectedException">The server refused this mail (a recipient, the size…); others may still go.</exception>
    /// <exception cref="Exception">Anything else means the server is unreachable or broken: stop the batch.</exception>
    Task SendAsync(MailMessage mail, CancellationToken ct);
}

/// <summary>The server answered and refused this one mail; the next one may be fine.</summary>
public sealed class MailRejectedException(string message, Exception inner) : Exception(message, inner);
