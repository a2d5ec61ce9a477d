using Npgsql;

namespace JointMeeting.Server.Platform.Database;

/// <summary>One read of a <see cref="ReadBatch"/>: its statement, and how to turn its result set into a value.</summary>
public interface IBatchRead
{
    NpgsqlBatchCommand Command { get; }

    Task ReadAsync(NpgsqlDataReader reader, CancellationToken ct);
}

/// <summary>
/// A read that can travel with others in one round trip. Features hand these out next to their ordinary
/// queries (same SQL, same mapping), so a hot path can gather facts from several read models at once
/// without any of them knowing the others' tables.
/// </summary>
public sealed class BatchRead<T>(NpgsqlBatchCommand command, Func<NpgsqlDataReader, CancellationToken, Task<T>> read) : IBatchRead
{
    private T? _value;
    private bool _read;

    public NpgsqlBatchCommand Command => command;

    /// <summary>The result, once the batch has run.</summary>
    public T Value => _read ? _value! : throw new InvalidOperationException("The read batch has not run yet.");

    async Task IBatchRead.ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        _value = await read(reader, ct);
        _read = true;
    }

    /// <summary>Runs this read alone (for callers that have nothing to batch it with).</summary>
    public async Task<T> RunAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await db.ReadAsync(ct, this);
        return Value;
    }
}

public static class ReadBatch
{
    /// <summary>A statement with positional parameters ($1, $2 …) for a <see cref="BatchRead{T}"/>.</summary>
    public static NpgsqlBatchCommand Statement(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    /// <summary>Every row of the result set, mapped.</summary>
    public static async Task<List<T>> RowsAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        while (await reader.ReadAsync(ct)) list.Add(map(reader));
        return list;
    }

    /// <summary>The first row mapped, or default when the result set is empty.</summary>
    public static async Task<T?> FirstOrDefaultAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> map, CancellationToken ct) =>
        await reader.ReadAsync(ct) ? map(reader) : default;

    /// <summary>Runs the reads in one round trip on one connection and fills each one's <c>Value</c>.</summary>
    public static async Task ReadAsync(this NpgsqlDataSource db, CancellationToken ct, params IBatchRead[] reads)
    {
        if (reads.Length == 0) return;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var read in reads) batch.BatchCommands.Add(read.Command);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        for (var i = 0; i < reads.Length; i++)
        {
            if (i > 0 && !await reader.NextResultAsync(ct)) throw new InvalidOperationException("A batched read returned no result set.");
            await reads[i].ReadAsync(reader, ct);
        }
    }
}
