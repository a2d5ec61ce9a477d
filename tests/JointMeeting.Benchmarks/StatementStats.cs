using Npgsql;

namespace JointMeeting.Benchmarks;

/// <summary>With JM_BENCH_STATEMENTS=1 (and pg_stat_statements preloaded), prints each side's statements per claim.</summary>
public static class StatementStats
{
    private static readonly bool On = Environment.GetEnvironmentVariable("JM_BENCH_STATEMENTS") == "1";

    public static async Task ResetAsync(string cs)
    {
        if (!On) return;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task PrintAsync(string cs, string label, double claims)
    {
        if (!On) return;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        Console.WriteLine($"--- {label}: {claims:F0} claims");
        double total = 0;
        while (await r.ReadAsync())
        {
            total += r.GetDouble(1);
            Console.WriteLine($"{r.GetInt64(0) / claims,6:F2}/claim {r.GetDouble(1) * 1000 / claims,8:F1} us/claim rows {r.GetInt64(2) / Math.Max(1, r.GetInt64(0)),5}  {r.GetString(3)}");
        }
        Console.WriteLine($"top-25 total {total * 1000 / claims:F0} us/claim");
    }
}
