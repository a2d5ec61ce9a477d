using Npgsql;
using NpgsqlTypes;

namespace JointMeeting.EventStore;

/// <summary>Binds an append's values to the positional parameters of <see cref="AppendSql"/>, every one typed so the statement can be prepared.</summary>
internal static class AppendParameters
{
    public static void Add(NpgsqlCommand command, AppendRequest request)
    {
        var options = request.Options;
        var metadata = options.Metadata;
        var names = new string[request.Serialized.Count];
        var data = new string[request.Serialized.Count];
        for (var i = 0; i < names.Length; i++)
            (names[i], data[i]) = request.Serialized[i];

        var p = command.Parameters;
        p.Add(Typed(request.StreamId, NpgsqlDbType.Text));
        p.Add(Typed(options.CommandId, NpgsqlDbType.Text));
        p.Add(Typed(options.CommandResult?.GetRawText(), NpgsqlDbType.Jsonb));
        p.Add(Typed(names, NpgsqlDbType.Array | NpgsqlDbType.Text));
        p.Add(Typed(data, NpgsqlDbType.Array | NpgsqlDbType.Jsonb));
        p.Add(Typed(metadata.Actor, NpgsqlDbType.Text));
        p.Add(Typed(metadata.CorrelationId, NpgsqlDbType.Text));
        p.Add(Typed(metadata.CausationId, NpgsqlDbType.Text));
        p.Add(Typed(metadata.Timestamp?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        if (!request.Expected.IsAny && !request.Expected.IsNoStream)
            p.Add(Typed(request.Expected.Value, NpgsqlDbType.Bigint));
    }

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
