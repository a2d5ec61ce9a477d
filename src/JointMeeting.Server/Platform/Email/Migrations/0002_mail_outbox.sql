-- Mail waits here until the SMTP server takes it. Rows are written in the caller's transaction
-- (so a mail commits atomically with the events that caused it) and sent by MailOutboxJob.
CREATE TABLE mail_outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    to_addresses    text[]      NOT NULL,
    cc_addresses    text[]      NOT NULL DEFAULT '{}',
    subject         text        NOT NULL,
    text_body       text        NULL,
    html_body       text        NULL,
    -- [{ "fileName": "invite.ics", "contentType": "text/calendar; method=REQUEST; charset=UTF-8", "content": "<base64>" }]
    attachments     jsonb       NOT NULL DEFAULT '[]',
    -- Optional: the same key enqueued twice is stored once (a retried job or mutation sends one mail).
    dedupe_key      text        NULL UNIQUE,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text        NULL,
    sent_at         timestamptz NULL
);

-- What the sender polls: unsent rows in due order.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;
