using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Platform.Email;

/// <summary>Sends through <see cref="SmtpClient"/> (MailKit is not available): text + HTML as multipart/alternative, attachments with their full content type.</summary>
internal sealed class SmtpMailSender(IOptionsMonitor<SmtpOptions> options) : IMailSender
{
    public bool IsConfigured => options.CurrentValue.IsConfigured;

    public async Task SendAsync(MailMessage mail, CancellationToken ct)
    {
        var smtp = options.CurrentValue;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            Credentials = string.IsNullOrEmpty(smtp.User) ? null : new NetworkCredential(smtp.User, smtp.Password),
        };
        using var message = ToMimeMessage(mail, smtp.From);
        try
        {
            await client.SendMailAsync(message, ct);
        }
        catch (SmtpFailedRecipientException e)
        {
            throw new MailRejectedException($"{e.FailedRecipient}: {e.Message}", e);
        }
        catch (SmtpException e) when ((int)e.StatusCode >= 500 && e.StatusCode != SmtpStatusCode.GeneralFailure)
        {
            // A 5xx reply is the server judging this message; GeneralFailure (-1) means we never reached it.
            throw new MailRejectedException($"{(int)e.StatusCode} {e.Message}", e);
        }
    }

    internal static System.Net.Mail.MailMessage ToMimeMessage(MailMessage mail, string from)
    {
        var message = new System.Net.Mail.MailMessage
        {
            From = new MailAddress(from),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        foreach (var to in mail.To) message.To.Add(to);
        foreach (var cc in mail.Cc) message.CC.Add(cc);

        if (mail.TextBody is not null && mail.HtmlBody is not null)
        {
            // Body + one alternate view is how SmtpClient writes multipart/alternative.
            message.Body = mail.TextBody;
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        }
        else
        {
            message.Body = mail.HtmlBody ?? mail.TextBody ?? "";
            message.IsBodyHtml = mail.TextBody is null;
        }

        // Outlook and Gmail show Accept/Decline only for a text/calendar part inside multipart/alternative;
        // Apple Mail and Thunderbird take the invite.ics attachment. So an invitation travels both ways.
        foreach (var calendar in mail.Attachments.Where(a => a.ContentType.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase)))
        {
            if (message.AlternateViews.Count == 0 && message.Body.Length > 0 && !message.IsBodyHtml)
                message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.Body, Encoding.UTF8, MediaTypeNames.Text.Plain));
            var view = new AlternateView(new MemoryStream(calendar.Content), new ContentType(calendar.ContentType))
            {
                TransferEncoding = TransferEncoding.Base64,
            };
            message.AlternateViews.Add(view);
        }

        foreach (var a in mail.Attachments)
        {
            var attachment = new Attachment(new MemoryStream(a.Content), new ContentType(a.ContentType));
            attachment.ContentType.Name = a.FileName;
            attachment.ContentDisposition!.FileName = a.FileName;
            attachment.TransferEncoding = TransferEncoding.Base64; // byte-exact, so an .ics keeps its CRLF lines
            message.Attachments.Add(attachment);
        }
        return message;
    }
}
