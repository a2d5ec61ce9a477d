-- 需求清单: one row per need with its folded state (claims included) and the columns boards filter on.
CREATE TABLE needs_board (
    id           text PRIMARY KEY,
    owner_id     text NOT NULL,            -- the community or street that posted it
    district_id  text NOT NULL,
    street_id    text,
    community_id text,
    status       text NOT NULL,            -- NeedStatus
    category     text NOT NULL,
    urgency      text NOT NULL,
    deadline     date NOT NULL,
    title        text NOT NULL,
    posted_at    timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint NOT NULL,
    state        jsonb NOT NULL
);
CREATE INDEX needs_board_owner ON needs_board (owner_id, status, deadline);
CREATE INDEX needs_board_street ON needs_board (street_id, status);

-- Claims made in the cycle (units on needs and projects, organisations on units' resources): the figures read them.
CREATE TABLE cycle_claim_facts (
    subject      text NOT NULL,            -- Need | Project | Resource
    subject_id   text NOT NULL,
    claim_id     text NOT NULL,
    unit_id      text NOT NULL,            -- the claiming unit, or the unit offering the claimed resource
    district_id  text NOT NULL,
    street_id    text,
    community_id text,
    claimed_at   timestamptz NOT NULL,
    claimed_by   text NOT NULL,            -- the person who claimed (hears the answer live)
    status       text NOT NULL,            -- Pending | Confirmed | Declined | Withdrawn | Cancelled | Fulfilled
    PRIMARY KEY (subject, subject_id, claim_id)
);
CREATE INDEX cycle_claim_facts_street ON cycle_claim_facts (street_id, claimed_at);
CREATE INDEX cycle_claim_facts_community ON cycle_claim_facts (community_id, claimed_at);
