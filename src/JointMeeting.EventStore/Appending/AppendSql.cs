namespace JointMeeting.EventStore;

/// <summary>
/// The single statement an append runs: bump the stream row, insert the events, record the command id.
/// One statement means one round trip, and the stream row lock it takes serialises writers of one stream,
/// so versions stay dense. A wrong expected version updates no stream row, inserts nothing and returns no rows.
/// </summary>
/// <remarks>
/// Parameters: $1 stream id, $2 command id, $3 command result, $4 type names, $5 data, $6 actor,
/// $7 correlation id, $8 causation id, $9 timestamp, $10 expected version (exact variant only).
/// </remarks>
internal sealed class AppendSql
{
    public AppendSql(string schema)
    {
        NoStream = Build(schema, $"""
            INSERT INTO {schema}.streams AS s (id, version) VALUES ($1, cardinality($4::text[]))
                ON CONFLICT (id) DO NOTHING
                RETURNING s.version
            """);
        Any = Build(schema, $"""
            INSERT INTO {schema}.streams AS s (id, version) VALUES ($1, cardinality($4::text[]))
                ON CONFLICT (id) DO UPDATE SET version = s.version + excluded.version
                RETURNING s.version
            """);
        Exact = Build(schema, $"""
            UPDATE {schema}.streams AS s SET version = s.version + cardinality($4::text[])
                WHERE s.id = $1 AND s.version = $10
                RETURNING s.version
            """);
        CurrentVersion = $"SELECT coalesce((SELECT version FROM {schema}.streams WHERE id = $1), 0)";
        FindCommand = $"""
            SELECT stream_id, first_version, last_version, first_seq, last_seq, result
            FROM {schema}.commands WHERE command_id = $1
            """;
        CommandsPrimaryKey = "commands_pkey";
    }

    /// <summary>The append for <see cref="ExpectedVersion.NoStream"/>.</summary>
    public string NoStream { get; }

    /// <summary>The append for <see cref="ExpectedVersion.Any"/>.</summary>
    public string Any { get; }

    /// <summary>The append for <see cref="ExpectedVersion.Exactly"/>.</summary>
    public string Exact { get; }

    /// <summary>Reads a stream's version after a conflict (a fresh statement sees the winner's commit).</summary>
    public string CurrentVersion { get; }

    /// <summary>Reads the first outcome of a command id.</summary>
    public string FindCommand { get; }

    /// <summary>The constraint a duplicate command id violates.</summary>
    public string CommandsPrimaryKey { get; }

    public string For(ExpectedVersion expected) => expected.IsAny ? Any : expected.IsNoStream ? NoStream : Exact;

    // The command row depends on the inserted events, and they on the stream row, so nothing is written unless
    // all of it is; a duplicate command id fails the whole statement on the commands primary key.
    private static string Build(string schema, string streamStatement) => $"""
        WITH stream AS (
            {streamStatement}
        ), appended AS (
            INSERT INTO {schema}.events
                (stream_id, version, type, data, actor, correlation_id, causation_id, command_id, recorded_at)
            SELECT $1, stream.version - cardinality($4::text[]) + e.ord, e.type, e.data, $6, $7, $8, $2, coalesce($9, now())
            FROM stream, unnest($4::text[], $5::jsonb[]) WITH ORDINALITY AS e(type, data, ord)
            RETURNING seq, version, recorded_at, tx_id
        ), command AS (
            INSERT INTO {schema}.commands (command_id, stream_id, first_seq, last_seq, first_version, last_version, result)
            SELECT $2, $1, min(seq), max(seq), min(version), max(version), $3
            FROM appended WHERE $2::text IS NOT NULL HAVING count(*) > 0
        )
        SELECT seq, version, recorded_at, tx_id FROM appended ORDER BY seq
        """;
}
