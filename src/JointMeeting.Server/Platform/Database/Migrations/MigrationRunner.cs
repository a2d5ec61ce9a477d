using System.Diagnostics;
using Npgsql;

namespace JointMeeting.Server.Platform.Database.Migrations;

/// <summary>
/// Applies pending migrations in version order, each in its own transaction, recorded in `schema_migrations`
/// with its checksum. A PostgreSQL advisory lock makes nodes starting together take turns: the first applies,
/// the others wait, then find nothing left to do.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, IReadOnlyList<Migration> migrations, ILogger<MigrationRunner> logger)
{
    // Arbitrary but fixed: "JMMIGR" in ASCII. Advisory locks are per database, so test databases don't contend.
    internal const long AdvisoryLockKey = 0x4A4D_4D49_4752;

    public IReadOnlyList<Migration> Migrations => migrations;

    /// <summary>Applies what is missing; returns the migrations this call applied (empty when up to date).</summary>
    public async Task<IReadOnlyList<Migration>> RunAsync(CancellationToken ct = default)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(conn, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
        try
        {
            await ExecuteAsync(conn, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version     integer     PRIMARY KEY,
                    name        text        NOT NULL,
                    checksum    text        NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now(),
                    duration_ms integer     NOT NULL
                )
                """, ct);
            var applied = await AppliedAsync(conn, ct);
            var done = new List<Migration>();
            foreach (var migration in migrations)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    // An applied script that changed means databases no longer agree on what the schema is.
                    if (checksum != migration.Checksum)
                        throw new InvalidOperationException(
                            $"Migration {migration} was changed after it was applied (checksum {checksum[..12]}… in the database, " +
                            $"{migration.Checksum[..12]}… in {migration.Source}). Add a new migration instead of editing an applied one.");
                    continue;
                }
                await ApplyAsync(conn, migration, ct);
                done.Add(migration);
            }
            if (done.Count > 0) logger.LogInformation("Applied {Count} migration(s): {Names}", done.Count, string.Join(", ", done));
            return done;
        }
        finally
        {
            // The connection goes back to the pool, so release the session lock explicitly.
            if (conn.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(conn, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private async Task ApplyAsync(NpgsqlConnection conn, Migration migration, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            await ExecuteAsync(conn, tx, migration.Sql, ct);
        }
        catch (PostgresException e)
        {
            throw new InvalidOperationException($"Migration {migration} ({migration.Source}) failed: {e.MessageText}", e);
        }
        await using (var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)", conn, tx))
        {
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Name });
            record.Parameters.Add(new() { Value = migration.Checksum });
            record.Parameters.Add(new() { Value = (int)watch.ElapsedMilliseconds });
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        logger.LogDebug("Migration {Migration} applied in {Ms} ms", migration, watch.ElapsedMilliseconds);
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var applied = new Dictionary<int, string>();
        await using var cmd = new NpgsqlCommand("SELECT version, checksum FROM schema_migrations", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied[reader.GetInt32(0)] = reader.GetString(1);
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 0 }; // a big migration may take a while
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
