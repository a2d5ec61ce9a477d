-- Every unmasked read of someone else's personal fields: who saw whom, which fields, when and why.
CREATE TABLE privacy_views (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    viewer_person_id  text        NOT NULL,
    viewer_account_id text        NOT NULL,
    subject_person_id text        NOT NULL,
    fields            text[]      NOT NULL,
    reason            text        NOT NULL,
    context           text        NOT NULL,
    viewed_at         timestamptz NOT NULL
);
CREATE INDEX privacy_views_subject ON privacy_views (subject_person_id, viewed_at DESC);
CREATE INDEX privacy_views_viewer ON privacy_views (viewer_person_id, viewed_at DESC);
CREATE INDEX privacy_views_at ON privacy_views (viewed_at DESC);
