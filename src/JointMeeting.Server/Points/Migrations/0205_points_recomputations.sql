-- Every recomputePoints: who asked, why, and the rules the rebuild used, so a changed standing can be explained later.
CREATE TABLE points_recomputations (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id          text        NOT NULL,
    person_id           text        NOT NULL,
    reason              text        NULL,
    rules               jsonb       NOT NULL,
    requested_at        timestamptz NOT NULL
);
CREATE INDEX points_recomputations_at ON points_recomputations (requested_at DESC);
