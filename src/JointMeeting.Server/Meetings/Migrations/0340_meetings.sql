-- Committees as the meeting cycle needs them (from committee events; the Committees feature keeps its own model).
CREATE TABLE meeting_committees (
    id              text PRIMARY KEY,
    organisation_id text NOT NULL,
    level           text NOT NULL,
    name            text NOT NULL,
    district_id     text NOT NULL,
    street_id       text,
    community_id    text,
    version         bigint NOT NULL,
    state           jsonb NOT NULL          -- the Committee (members with emails, cadence, skipped dates)
);
CREATE INDEX meeting_committees_organisation ON meeting_committees (organisation_id);

-- One row per meeting with its folded state (agenda, invitations, sign-ins, decisions, minutes).
CREATE TABLE meetings (
    id            text PRIMARY KEY,
    committee_id  text NOT NULL,
    organisation_id text NOT NULL,
    cycle_number  int NOT NULL,
    period_key    text,
    title         text NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    place         text NOT NULL,
    sequence      int NOT NULL,
    cancelled     boolean NOT NULL,
    minutes_status text NOT NULL,
    scheduled_at  timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint NOT NULL,
    state         jsonb NOT NULL
);
CREATE INDEX meetings_committee ON meetings (committee_id, starts_at);
CREATE INDEX meetings_upcoming ON meetings (starts_at) WHERE NOT cancelled;
