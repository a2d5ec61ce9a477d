using Microsoft.Extensions.Options;
using Npgsql;

namespace JointMeeting.Server.Platform.Email;

/// <summary>
/// Sends due outbox rows one at a time: lock the row (FOR UPDATE SKIP LOCKED), send, mark it sent, commit.
/// Exactly-once-ish: the row is marked sent in the transaction that locked it, so a crash (or lost database)
/// between the SMTP server accepting the mail and that commit sends the mail again on the next pass.
/// </summary>
public sealed class MailOutboxDispatcher(
    NpgsqlDataSource dataSource,
    IMailSender sender,
    IOptionsMonitor<MailOutboxOptions> options,
    UnsentMailNotice notice,
    ILogger<MailOutboxDispatcher> logger)
{
    private enum Outcome { NothingDue, Sent, Rejected, ServerUnavailable }

    /// <summary>Sends what is due, up to a batch; returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        if (!sender.IsConfigured)
        {
            await notice.ReportAsync(ct);
            return 0;
        }
        var sent = 0;
        for (var i = 0; i < options.CurrentValue.BatchSize; i++)
        {
            var outcome = await SendNextAsync(ct);
            if (outcome == Outcome.Sent) sent++;
            // Nothing left, or the server is down: the rest waits for the next tick rather than piling up failures.
            if (outcome is Outcome.NothingDue or Outcome.ServerUnavailable) break;
        }
        if (sent > 0) logger.LogInformation("Sent {Count} mail(s) from the outbox", sent);
        return sent;
    }

    private async Task<Outcome> SendNextAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var due = await OutboxRow.LockNextDueAsync(conn, tx, ct);
        if (due is null)
        {
            await tx.CommitAsync(ct);
            return Outcome.NothingDue;
        }

        Outcome outcome;
        try
        {
            await sender.SendAsync(due.Mail, ct);
            await OutboxRow.MarkSentAsync(conn, tx, due.Id, ct);
            outcome = Outcome.Sent;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = due.Attempts + 1;
            var wait = options.CurrentValue.BackoffAfter(attempts);
            await OutboxRow.MarkFailedAsync(conn, tx, due.Id, wait, Describe(e), ct);
            outcome = e is MailRejectedException ? Outcome.Rejected : Outcome.ServerUnavailable;
            logger.LogWarning("Mail {Id} not sent (attempt {Attempts}), retrying in {Wait}: {Error}", due.Id, attempts, wait, Describe(e));
        }
        await tx.CommitAsync(ct);
        return outcome;
    }

    private static string Describe(Exception e) =>
        e.InnerException is null ? e.Message : $"{e.Message} ({e.InnerException.Message})";
}
