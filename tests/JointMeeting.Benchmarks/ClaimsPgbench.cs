using System.Diagnostics;
using JointMeeting.EventStore;
using JointMeeting.Server.MicroWishes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace JointMeeting.Benchmarks;

/// <summary>The pgbench side: fresh published wishes cloned from a command-made one, and the script of one claim's SQL.</summary>
public static class ClaimsPgbench
{
    public static async Task ClonePoolAsync(string connectionString, string templateId, string prefix, int count)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        string[] statements =
        [
            "CREATE SEQUENCE IF NOT EXISTS claims_bench_seq MINVALUE 0 START 0",
            $"INSERT INTO events.streams (id, version) SELECT 'wish-{prefix}-' || n, 2 FROM generate_series(0, $2 - 1) n WHERE $1::text IS NOT NULL",
            $"""
            INSERT INTO events.events (stream_id, version, type, data, actor, recorded_at)
                SELECT 'wish-{prefix}-' || n, e.version, e.type, jsonb_set(e.data, ARRAY['wishId'], to_jsonb('{prefix}-' || n)), e.actor, e.recorded_at
                FROM events.events e, generate_series(0, $2 - 1) n WHERE e.stream_id = 'wish-' || $1 ORDER BY n, e.version
            """,
            $"""
            INSERT INTO wish_cards SELECT (jsonb_populate_record(w, jsonb_build_object('id', '{prefix}-' || n))).*
                FROM wish_cards w, generate_series(0, $2 - 1) n WHERE w.id = $1
            """,
            // Both sides start from a settled cluster: set-up's dead rows vacuumed, and its dirty pages written by a
            // checkpoint now rather than by a timed one in the middle of some round (which only that side would pay).
            "VACUUM (ANALYZE)",
            "CHECKPOINT",
        ];
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
            if (sql.Contains("$1"))
            {
                cmd.Parameters.Add(new() { Value = templateId });
                cmd.Parameters.Add(new() { Value = count });
            }
            try { await cmd.ExecuteNonQueryAsync(); }
            catch (PostgresException e) when (sql == "CHECKPOINT" && e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                Console.WriteLine("note: this role may not CHECKPOINT; a timed checkpoint may land in a round");
            }
        }
    }

    /// <summary>Waits until every async projection has applied every event, so no round starts with a backlog of set-up work.</summary>
    public static async Task<TimeSpan> WaitForProjectionsAsync(IServiceProvider services)
    {
        var daemon = services.GetRequiredService<ProjectionDaemon>();
        var clock = Stopwatch.StartNew();
        for (var deadline = DateTime.UtcNow.AddMinutes(5); ; await Task.Delay(200))
        {
            var status = await daemon.GetStatusAsync();
            if (status.Projections.All(p => p.Lag == 0)) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the projection daemon did not catch up with the set-up events");
        }
        await Task.Delay(TimeSpan.FromMilliseconds(300)); // the live relay reads the same events; let it finish its last batch
        return clock.Elapsed;
    }

    /// <summary>
    /// The statements a claim request runs, in order, with the wish from a sequence (each transaction a fresh
    /// published wish) and the member at random: the session's account (actor), the claim facts (card, open
    /// claims, settings), the member's approved report, the member's contact, the stream read, then the append
    /// transaction: the store's append statement (exact expected version), the inline wish_cards update and the
    /// claim mail's outbox row.
    /// </summary>
    public static string WriteScript(int members)
    {
        const string actor = """
            SELECT a.id, a.person_id, a.password_hash,
                   COALESCE((SELECT array_agg(g.role || ':' || g.scope_id ORDER BY g.granted_at, g.role, g.scope_id)
                             FROM account_grants g WHERE g.account_id = a.id), '{}')
            FROM account_accounts a
            """;
        var facts = System.Text.RegularExpressions.Regex.Replace(WishCardStore.ClaimFactsSql, @"\$(\d+)", m => m.Groups[1].Value == "1" ? "('pw-' || :n)" : "('person-bm' || :m)");
        var append = System.Text.RegularExpressions.Regex.Replace(new AppendSql("events").Exact, @"\$(\d+)", m => m.Groups[1].Value switch
        {
            "1" => "('wish-pw-' || :n)",
            "2" => "NULL::text",
            "3" => "NULL::jsonb",
            "4" => "'{wish.claimed}'::text[]",
            "5" => "ARRAY[jsonb_build_object('wishId', 'pw-' || :n, 'memberId', 'person-bm' || :m, 'claimedAt', now(), 'dueAt', now() + interval '7 days')]",
            "6" => "('person-bm' || :m)",
            "7" or "8" => "NULL::text",
            "9" => "NULL::timestamptz",
            _ => "2",
        });
        // The card's claimant is a per-transaction id, not the member read above: pgbench's rounds alternate with the HTTP
        // clients', and its claims must not count against those members' open-claim limit.
        // Round trips as the server makes them: one pipeline of the actor and the claim's reads (the server's ReadBatch);
        // BEGIN with the append (Npgsql sends BEGIN with the first statement); the queued writes (wish card, claim mail)
        // with the COMMIT in one pipeline.
        string[] statements =
        [
            "SELECT nextval('claims_bench_seq') AS n \\gset",
            $"\\set m random(0, {members - 1})",
            "\\startpipeline",
            actor + " WHERE a.id = 'acct-bm' || :m;",
            facts + ";",
            "SELECT person_id, report_id, district_id, street_id, community_id, unit_id, grid_id, building_id, profile::text, approved_at FROM reporting_members WHERE person_id = 'person-bm' || :m;",
            "SELECT person_id, id, display_name, email FROM account_accounts WHERE person_id = 'person-bm' || :m;",
            "SELECT seq, stream_id, version, type, data::text, actor, correlation_id, causation_id, command_id, recorded_at, tx_id FROM events.events WHERE stream_id = 'wish-pw-' || :n AND version >= 1 ORDER BY version;",
            "\\endpipeline",
            "\\startpipeline",
            "BEGIN;",
            append + ";",
            "\\endpipeline",
            "\\startpipeline",
            "UPDATE wish_cards SET status = 'Claimed', claimant_id = 'person-pg' || :n, claimed_at = now(), due_at = now() + interval '7 days', reminded = false, version = 3, updated_at = now() WHERE id = 'pw-' || :n;",
            "INSERT INTO mail_outbox (to_addresses, cc_addresses, subject, text_body, html_body, attachments, dedupe_key) VALUES (ARRAY['bm' || :m || '@bench.test'], '{}', '【微心愿】认领成功：修理门锁', '您已成功认领微心愿「修理门锁」。请在期限前完成并上传完成情况。', '<p>您已成功认领微心愿「修理门锁」。</p>', '[]', 'wish-pw-' || :n || chr(58) || '3' || chr(58) || 'person-bm' || :m) ON CONFLICT (dedupe_key) DO NOTHING;",
            "COMMIT;",
            "\\endpipeline",
        ];
        var path = Path.Combine(Directory.CreateTempSubdirectory("jm-bench-claims-").FullName, "claim.sql");
        // (No ':' inside literals: pgbench reads ':word' anywhere as a variable, hence chr(58) in the dedupe key.)
        // Typed variables: in prepared mode pgbench sends them as parameters, and PostgreSQL must know their types.
        string Typed(string sql) => sql.StartsWith('\\') || sql.Contains("\\gset") ? sql : sql.Replace(":n", "(:n)::bigint").Replace(":m", "(:m)::int");
        File.WriteAllText(path, string.Join("\n", statements.Select(s => Typed(s.ReplaceLineEndings(" ")))) + "\n");
        return path;
    }
}
