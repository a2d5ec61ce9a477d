using System.Text.Json;
using JointMeeting.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.Server.Platform.Email;

internal sealed class PostgresMailOutbox(NpgsqlDataSource dataSource) : IMailOutbox
{
    private const string Insert = """
        INSERT INTO mail_outbox (to_addresses, cc_addresses, subject, text_body, html_body, attachments, dedupe_key)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    public async Task<long?> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, MailMessage mail, CancellationToken ct = default)
    {
        mail.Validate();
        await using var cmd = new NpgsqlCommand(Insert + " RETURNING id", connection, transaction);
        AddParameters(cmd.Parameters, mail);
        var id = await cmd.ExecuteScalarAsync(ct);
        return id is long value ? value : null;
    }

    public void Defer(ProjectionContext context, MailMessage mail)
    {
        mail.Validate();
        AddParameters(context.Defer(Insert).Parameters, mail);
    }

    private static void AddParameters(NpgsqlParameterCollection parameters, MailMessage mail)
    {
        parameters.Add(new() { Value = mail.To.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = mail.Cc.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        parameters.Add(new() { Value = mail.Subject });
        parameters.Add(new() { Value = (object?)mail.TextBody ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = (object?)mail.HtmlBody ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        parameters.Add(new() { Value = StoredAttachment.Serialize(mail.Attachments), NpgsqlDbType = NpgsqlDbType.Jsonb });
        parameters.Add(new() { Value = (object?)mail.DedupeKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
    }

    public async Task<long?> EnqueueAsync(MailMessage mail, CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var id = await EnqueueAsync(conn, tx, mail, ct);
        await tx.CommitAsync(ct);
        return id;
    }

    public async Task<OutboxBacklog> BacklogAsync(CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT count(*),
                   coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8,
                   count(*) FILTER (WHERE last_error IS NOT NULL)
            FROM mail_outbox WHERE sent_at IS NULL
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new OutboxBacklog(reader.GetInt64(0), Math.Round(reader.GetDouble(1), 1), reader.GetInt64(2));
    }
}

/// <summary>How an attachment sits in the outbox's jsonb column (content as base64).</summary>
internal sealed record StoredAttachment(string FileName, string ContentType, string Content)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IEnumerable<MailAttachment> attachments) => JsonSerializer.Serialize(
        attachments.Select(a => new StoredAttachment(a.FileName, a.ContentType, Convert.ToBase64String(a.Content))), Json);

    public static IReadOnlyList<MailAttachment> Deserialize(string json) =>
        (JsonSerializer.Deserialize<List<StoredAttachment>>(json, Json) ?? [])
            .Select(a => new MailAttachment(a.FileName, a.ContentType, Convert.FromBase64String(a.Content))).ToList();
}
