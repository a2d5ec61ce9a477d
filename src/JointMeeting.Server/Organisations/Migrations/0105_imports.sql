-- CSV imports: uploaded files (too big for a GraphQL body) and the jobs that write them, with progress.
CREATE TABLE import_uploads (
    id          text PRIMARY KEY,
    account_id  text        NOT NULL,
    content     bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE import_jobs (
    id              text PRIMARY KEY,
    kind            text        NOT NULL,
    organisation_id text        NOT NULL,
    account_id      text        NOT NULL,
    status          text        NOT NULL,
    total           integer     NOT NULL,
    valid           integer     NOT NULL,
    processed       integer     NOT NULL DEFAULT 0,
    failed          integer     NOT NULL DEFAULT 0,
    errors          jsonb       NOT NULL DEFAULT '[]',
    created_at      timestamptz NOT NULL,
    finished_at     timestamptz NULL,
    took_ms         bigint      NULL
);
