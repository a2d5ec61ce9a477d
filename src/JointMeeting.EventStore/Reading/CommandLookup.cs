using System.Text.Json;
using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>Looks up a command id before deciding, so a retried command replays instead of being judged again.</summary>
public static class CommandLookup
{
    /// <summary>
    /// The first outcome of <paramref name="commandId"/>, or null when it was never handled. A caller that decides
    /// before appending asks this first: deciding again on the new state would refuse what already succeeded.
    /// </summary>
    public static async Task<AppendResult?> FindCommandAsync(this PostgresEventStore store, string commandId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commandId);
        await using var command = store.DataSource.CreateCommand(
            $"SELECT stream_id, first_version, last_version, first_seq, last_seq, result FROM {store.Options.Schema}.commands WHERE command_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        JsonElement? result = reader.IsDBNull(5) ? null : JsonDocument.Parse(reader.GetString(5)).RootElement.Clone();
        return new AppendResult(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), result, IsReplay: true);
    }
}
