using JointMeeting.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.Server.Meetings.Common;

/// <summary>Positional SQL ($1, $2 …) for the cycle features' read models, inside a projection's transaction or on the pool.</summary>
public static class Sql
{
    public static NpgsqlCommand Command(ProjectionContext ctx, string sql, params object?[] values) => Bind(ctx.CreateCommand(sql), values);

    public static NpgsqlCommand Command(NpgsqlDataSource db, string sql, params object?[] values) => Bind(db.CreateCommand(sql), values);

    public static async Task ExecuteAsync(ProjectionContext ctx, string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Command(ctx, sql, values);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The first column of every row, as text (rows of <c>state::text</c>).</summary>
    public static async Task<List<string>> TextsAsync(NpgsqlDataSource db, string sql, CancellationToken ct, params object?[] values)
    {
        await using var cmd = Command(db, sql, values);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(ct)) rows.Add(reader.GetString(0));
        return rows;
    }

    public static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Jsonb(string json) => new() { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb };

    public static NpgsqlParameter TextArray(IEnumerable<string> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlCommand Bind(NpgsqlCommand cmd, object?[] values)
    {
        foreach (var v in values)
            cmd.Parameters.Add(v switch
            {
                NpgsqlParameter p => p,
                // timestamptz takes UTC only; event times may carry +08:00
                DateTimeOffset t => new NpgsqlParameter { Value = t.ToUniversalTime() },
                null => new NpgsqlParameter { Value = DBNull.Value },
                _ => new NpgsqlParameter { Value = v },
            });
        return cmd;
    }
}
