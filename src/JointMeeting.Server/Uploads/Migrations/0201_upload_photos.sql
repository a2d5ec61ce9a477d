-- Photos uploaded as fulfilment evidence; kept in PostgreSQL so every node serves them (≤ 5 MB each).
CREATE TABLE upload_photos (
    id           text PRIMARY KEY,
    owner_id     text NOT NULL,
    content_type text NOT NULL,
    size_bytes   int NOT NULL,
    data         bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upload_photos_owner ON upload_photos (owner_id, created_at);
