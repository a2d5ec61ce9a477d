using Npgsql;

namespace JointMeeting.Server.Organisations;

/// <summary>Small helpers the read models of issue 4's features share (null → DBNull, typed reads).</summary>
internal static class SqlExtensions
{
    public static NpgsqlCommand With(this NpgsqlCommand cmd, string name, object? value)
    {
        cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    public static string? NullableString(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateTimeOffset? NullableTime(this NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : new DateTimeOffset(r.GetDateTime(i), TimeSpan.Zero);

    public static DateTimeOffset Time(this NpgsqlDataReader r, int i) => new(r.GetDateTime(i), TimeSpan.Zero);

    public static async Task<List<T>> ListAsync<T>(this NpgsqlCommand cmd, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(map(reader));
        return list;
    }
}

/// <summary>Ids the server makes for new aggregates: opaque strings, time-ordered so indexes stay compact.</summary>
public static class NewId
{
    public static string Next() => Guid.CreateVersion7().ToString();
}
