using Npgsql;

namespace JointMeeting.EventStore;

/// <summary>
/// The tables the store needs, as idempotent SQL a migration runner can execute, or applied directly
/// with <see cref="ApplyAsync"/>. Safe to run from several nodes at once: the script first takes a
/// transaction-scoped advisory lock, so concurrent runs queue instead of racing on the catalog.
/// </summary>
public static class EventStoreSchema
{
    /// <summary>
    /// The installation script for <paramref name="schema"/>. Run it inside one transaction
    /// (the advisory lock it takes is released at commit).
    /// </summary>
    public static string Sql(string schema = EventStoreOptions.DefaultSchema)
    {
        var s = SqlIdentifier.Validate(schema);
        return $"""
            SELECT pg_advisory_xact_lock({AdvisoryKeys.SchemaInstall(s)});
            CREATE SCHEMA IF NOT EXISTS {s};

            CREATE TABLE IF NOT EXISTS {s}.streams (
                id          text        PRIMARY KEY,
                version     bigint      NOT NULL,
                created_at  timestamptz NOT NULL DEFAULT now()
            );

            CREATE TABLE IF NOT EXISTS {s}.events (
                seq             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                stream_id       text        NOT NULL,
                version         bigint      NOT NULL,
                type            text        NOT NULL,
                data            jsonb       NOT NULL,
                actor           text,
                correlation_id  text,
                causation_id    text,
                command_id      text,
                recorded_at     timestamptz NOT NULL DEFAULT now(),
                -- The writer's transaction id: readers only take rows from finished transactions (see SafeRead).
                tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id(),
                CONSTRAINT events_stream_version UNIQUE (stream_id, version)
            );
            CREATE INDEX IF NOT EXISTS events_tx_seq ON {s}.events (tx_id, seq);

            CREATE TABLE IF NOT EXISTS {s}.commands (
                command_id     text        PRIMARY KEY,
                stream_id      text        NOT NULL,
                first_seq      bigint      NOT NULL,
                last_seq       bigint      NOT NULL,
                first_version  bigint      NOT NULL,
                last_version   bigint      NOT NULL,
                result         jsonb,
                recorded_at    timestamptz NOT NULL DEFAULT now()
            );

            CREATE TABLE IF NOT EXISTS {s}.progress (
                name        text        PRIMARY KEY,
                last_tx_id  xid8        NOT NULL DEFAULT '0',
                last_seq    bigint      NOT NULL DEFAULT 0,
                updated_at  timestamptz NOT NULL DEFAULT now()
            );
            """;
    }

    /// <summary>Creates or completes the schema in one transaction; a no-op when it is already there.</summary>
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string schema = EventStoreOptions.DefaultSchema,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(Sql(schema), connection, transaction))
            await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
