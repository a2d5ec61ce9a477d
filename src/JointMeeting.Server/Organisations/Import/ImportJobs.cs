using System.Text.Json;
using JointMeeting.Domain.Common.Import;
using Npgsql;

namespace JointMeeting.Server.Organisations.Import;

public enum ImportKind { Organisations, Units, Members }

/// <summary>
/// Rejected: bad rows and nothing written. Running: writing valid rows. Done / Failed: finished.
/// Interrupted: the server writing it stopped; the rows written stay, importing the file again skips them.
/// </summary>
public enum ImportStatus { Rejected, Running, Done, Failed, Interrupted }

public sealed record ImportJob(
    string Id, ImportKind Kind, string OrganisationId, string AccountId, ImportStatus Status, int Total, int Valid, int Processed, int Failed,
    IReadOnlyList<ImportRowError> Errors, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, long? TookMs, string? Message = null);

/// <summary>import_jobs and import_uploads: progress a client polls (importJob) while the worker writes.</summary>
public sealed class ImportJobs(NpgsqlDataSource db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> SaveUploadAsync(string accountId, byte[] content, CancellationToken ct)
    {
        var id = NewId.Next();
        await using var cmd = db.CreateCommand("INSERT INTO import_uploads (id, account_id, content) VALUES (@id, @a, @c)");
        await cmd.With("id", id).With("a", accountId).With("c", content).ExecuteNonQueryAsync(ct);
        return id;
    }

    /// <summary>An upload is only usable by the account that sent it.</summary>
    public async Task<byte[]?> UploadAsync(string id, string accountId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT content FROM import_uploads WHERE id = @id AND account_id = @a");
        return await cmd.With("id", id).With("a", accountId).ExecuteScalarAsync(ct) as byte[];
    }

    /// <param name="workerId">The node that will write the job; it keeps the job's heartbeat fresh while it does.</param>
    public async Task CreateAsync(ImportJob job, string workerId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            INSERT INTO import_jobs (id, kind, organisation_id, account_id, status, total, valid, processed, failed, errors, created_at, finished_at,
                                     worker_id, heartbeat_at)
            VALUES (@id, @kind, @org, @acct, @status, @total, @valid, 0, 0, @errors::jsonb, @at, @finished, @worker, now())
            """);
        await cmd.With("id", job.Id).With("worker", workerId).With("kind", job.Kind.ToString()).With("org", job.OrganisationId).With("acct", job.AccountId)
            .With("status", job.Status.ToString()).With("total", job.Total).With("valid", job.Valid)
            .With("errors", JsonSerializer.Serialize(job.Errors, Json)).With("at", job.CreatedAt).With("finished", job.FinishedAt)
            .ExecuteNonQueryAsync(ct);
    }

    public async Task ProgressAsync(string id, int processed, int failed, IReadOnlyList<ImportRowError> newErrors, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            UPDATE import_jobs SET processed = @p, failed = @f, errors = errors || @errors::jsonb WHERE id = @id
            """);
        await cmd.With("id", id).With("p", processed).With("f", failed).With("errors", JsonSerializer.Serialize(newErrors, Json)).ExecuteNonQueryAsync(ct);
    }

    public async Task FinishAsync(string id, ImportStatus status, DateTimeOffset at, long tookMs, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("UPDATE import_jobs SET status = @s, finished_at = @at, took_ms = @ms WHERE id = @id");
        await cmd.With("id", id).With("s", status.ToString()).With("at", at).With("ms", tookMs).ExecuteNonQueryAsync(ct);
    }

    public async Task<ImportJob?> FindAsync(string id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("""
            SELECT id, kind, organisation_id, account_id, status, total, valid, processed, failed, errors::text, created_at, finished_at, took_ms,
                   message
            FROM import_jobs WHERE id = @id
            """);
        cmd.With("id", id);
        return (await cmd.ListAsync(r => new ImportJob(r.GetString(0), Enum.Parse<ImportKind>(r.GetString(1)), r.GetString(2), r.GetString(3),
            Enum.Parse<ImportStatus>(r.GetString(4)), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8),
            JsonSerializer.Deserialize<List<ImportRowError>>(r.GetString(9), Json)!, r.Time(10), r.NullableTime(11),
            r.IsDBNull(12) ? null : r.GetInt64(12), r.IsDBNull(13) ? null : r.GetString(13)), ct)).FirstOrDefault();
    }
}
