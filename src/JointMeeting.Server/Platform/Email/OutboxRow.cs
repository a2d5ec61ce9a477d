using Npgsql;

namespace JointMeeting.Server.Platform.Email;

/// <summary>The SQL the dispatcher runs against mail_outbox, all inside its one-row transaction.</summary>
internal sealed record OutboxRow(long Id, int Attempts, MailMessage Mail)
{
    public static async Task<OutboxRow?> LockNextDueAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        // SKIP LOCKED: another sender holding a row is not waited on, it simply isn't ours.
        await using var cmd = new NpgsqlCommand("""
            SELECT id, attempts, to_addresses, cc_addresses, subject, text_body, html_body, attachments::text
            FROM mail_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= now()
            ORDER BY next_attempt_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """, conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var mail = new MailMessage
        {
            To = r.GetFieldValue<string[]>(2),
            Cc = r.GetFieldValue<string[]>(3),
            Subject = r.GetString(4),
            TextBody = r.IsDBNull(5) ? null : r.GetString(5),
            HtmlBody = r.IsDBNull(6) ? null : r.GetString(6),
            Attachments = StoredAttachment.Deserialize(r.GetString(7)),
        };
        return new OutboxRow(r.GetInt64(0), r.GetInt32(1), mail);
    }

    public static async Task MarkSentAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1", conn, tx);
        cmd.Parameters.Add(new() { Value = id });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task MarkFailedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, TimeSpan wait, string error, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            UPDATE mail_outbox
            SET attempts = attempts + 1, next_attempt_at = now() + $2, last_error = $3
            WHERE id = $1
            """, conn, tx);
        cmd.Parameters.Add(new() { Value = id });
        cmd.Parameters.Add(new() { Value = wait });
        cmd.Parameters.Add(new() { Value = error });
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
