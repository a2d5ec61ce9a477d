-- Micro-wishes (微心愿): the wall read model and per-community settings. Unmasked resident views go to privacy_views.
CREATE TABLE wish_cards (
    id               text PRIMARY KEY,
    district_id      text NOT NULL,
    street_id        text,
    community_id     text NOT NULL,
    widened          boolean NOT NULL,
    category         text NOT NULL,
    title            text NOT NULL,
    description      text NOT NULL,
    estimated_value  numeric(10, 2) NOT NULL,
    -- personal: returned whole only to community staff and the claimant (see WishReadPolicy)
    resident_name    text NOT NULL,
    resident_phone   text NOT NULL,
    resident_address text NOT NULL,
    grid_id          text,
    building_id      text,
    status           text NOT NULL,
    version          bigint NOT NULL,
    submitted_by     text NOT NULL,
    submitted_at     timestamptz NOT NULL,
    published_at     timestamptz,
    claimant_id      text,
    claimed_at       timestamptz,
    due_at           timestamptz,
    reminded         boolean NOT NULL DEFAULT false,
    fulfil_note      text,
    fulfil_photos    jsonb,
    fulfilled_at     timestamptz,
    rating           int,
    thanks           text,
    confirmed_at     timestamptz,
    closing_reason   text,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX wish_cards_community ON wish_cards (community_id, status);
CREATE INDEX wish_cards_street ON wish_cards (street_id, status) WHERE widened;
CREATE INDEX wish_cards_claimant ON wish_cards (claimant_id, status) WHERE claimant_id IS NOT NULL;
-- the expiry/reminder job's scan: only open claims, by due time
CREATE INDEX wish_cards_due ON wish_cards (due_at) WHERE status = 'Claimed';

CREATE TABLE wish_settings (
    community_id       text PRIMARY KEY,
    fulfil_within_days int NOT NULL,
    open_claim_limit   int NOT NULL,
    version            bigint NOT NULL,
    updated_by         text NOT NULL,
    updated_at         timestamptz NOT NULL
);
