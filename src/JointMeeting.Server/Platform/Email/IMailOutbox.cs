using JointMeeting.EventStore;
using Npgsql;

namespace JointMeeting.Server.Platform.Email;

/// <summary>Queues mail in the database; <see cref="MailOutboxJob"/> sends it.</summary>
public interface IMailOutbox
{
    /// <summary>
    /// Writes the mail in the caller's transaction: it is sent only if that transaction commits
    /// (use it inside an event append's transaction so mail and events commit together).
    /// Returns the outbox id, or null when <see cref="MailMessage.DedupeKey"/> was already queued.
    /// </summary>
    Task<long?> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MailMessage mail, CancellationToken ct = default);

    /// <summary>
    /// As the transactional <c>EnqueueAsync</c>, but queued on the append's context (<see cref="ProjectionContext.Defer"/>):
    /// the row travels with the append's other queued writes, so it costs no round trip of its own.
    /// </summary>
    void Defer(ProjectionContext context, MailMessage mail);

    /// <summary>Queues the mail in a transaction of its own, for senders that write nothing else.</summary>
    Task<long?> EnqueueAsync(MailMessage mail, CancellationToken ct = default);

    Task<OutboxBacklog> BacklogAsync(CancellationToken ct = default);
}

/// <param name="Count">Mails not sent yet.</param>
/// <param name="OldestAgeSeconds">Age of the oldest unsent mail (0 when none).</param>
/// <param name="Failing">Unsent mails whose last attempt failed.</param>
public sealed record OutboxBacklog(long Count, double OldestAgeSeconds, long Failing);
