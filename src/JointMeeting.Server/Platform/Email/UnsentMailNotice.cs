using Microsoft.Extensions.Options;

namespace JointMeeting.Server.Platform.Email;

/// <summary>
/// Without Smtp__Host mail waits in the outbox. Says so once, then again at most every
/// NotSentNoticeInterval while mail is waiting, so the log is neither silent nor flooded.
/// </summary>
public sealed class UnsentMailNotice(IMailOutbox outbox, IOptionsMonitor<MailOutboxOptions> options, TimeProvider clock, ILogger<UnsentMailNotice> logger)
{
    private DateTimeOffset? _lastSaid;
    private readonly Lock _gate = new();
    private int _saidOnce;

    public async Task ReportAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_lastSaid is { } last && now - last < options.CurrentValue.NotSentNoticeInterval) return;
            _lastSaid = now;
        }
        var first = Interlocked.Exchange(ref _saidOnce, 1) == 0;
        var backlog = await outbox.BacklogAsync(ct);
        if (backlog.Count == 0 && first)
            logger.LogWarning("Smtp__Host is not set: mail will wait in the outbox and is not sent until it is.");
        else if (backlog.Count > 0)
            logger.LogWarning("Smtp__Host is not set: {Count} mail(s) waiting in the outbox are not sent (oldest {Age:0} s).",
                backlog.Count, backlog.OldestAgeSeconds);
    }
}
