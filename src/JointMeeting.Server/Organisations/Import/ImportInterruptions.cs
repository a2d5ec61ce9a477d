using Npgsql;

namespace JointMeeting.Server.Organisations.Import;

/// <summary>
/// Jobs whose writer is gone. A node stopping marks its own RUNNING jobs INTERRUPTED; a node that died cannot, so
/// every node keeps a heartbeat on the jobs it writes and marks jobs whose heartbeat went stale. Database time
/// (now()) throughout: this is liveness between nodes, not a domain decision a test clock should move.
/// </summary>
public sealed class ImportInterruptions(NpgsqlDataSource db)
{
    /// <summary>
    /// Why the job stopped and how to finish it without duplicates: re-import skips rows that exist and finishes a member
    /// a stop left half made (see ImportService.Members).
    /// </summary>
    private const string Message =
        "服务器在导入过程中停止，导入已中断：已处理 {processed} / {valid} 行，已写入的数据保留。" +
        "请重新导入同一文件并选择“只导入有效行”：已写入的行会因“已存在”被跳过，不会重复；写到一半的党员会被补全。";

    private const string SetInterrupted = """
        UPDATE import_jobs SET status = 'Interrupted', finished_at = now(),
               message = replace(replace(@message, '{processed}', processed::text), '{valid}', valid::text)
        """;

    public async Task HeartbeatAsync(string workerId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("UPDATE import_jobs SET heartbeat_at = now() WHERE worker_id = @w AND status = 'Running'");
        await cmd.With("w", workerId).ExecuteNonQueryAsync(ct);
    }

    /// <summary>This node is stopping: its running and queued jobs will not be written further.</summary>
    public async Task<int> InterruptOwnAsync(string workerId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"{SetInterrupted} WHERE worker_id = @w AND status = 'Running'");
        return await cmd.With("message", Message).With("w", workerId).ExecuteNonQueryAsync(ct);
    }

    /// <summary>Running jobs nobody has vouched for within <paramref name="staleAfter"/> (their node died), or from before heartbeats.</summary>
    public async Task<int> InterruptStaleAsync(TimeSpan staleAfter, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"{SetInterrupted} WHERE status = 'Running' AND (heartbeat_at IS NULL OR heartbeat_at < now() - @stale)");
        return await cmd.With("message", Message).With("stale", staleAfter).ExecuteNonQueryAsync(ct);
    }
}
