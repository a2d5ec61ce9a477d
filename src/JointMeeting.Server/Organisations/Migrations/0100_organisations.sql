-- The organisation tree as its events leave it, with each node's OrgPath (district ⊃ street ⊃ community)
-- kept denormalised so scope checks and "everything under X" are one indexed lookup.
CREATE TABLE org_organisations (
    id                      text PRIMARY KEY,
    kind                    text        NOT NULL,
    name                    text        NOT NULL,
    parent_id               text        NULL,
    district_id             text        NOT NULL,
    street_id               text        NULL,
    community_id            text        NULL,
    archived                boolean     NOT NULL DEFAULT false,
    unit_kind               text        NULL,
    party_organisation_name text        NULL,
    contact_name            text        NULL,
    contact_phone           text        NULL,
    version                 bigint      NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL
);
CREATE INDEX org_organisations_parent ON org_organisations (parent_id, name);
CREATE INDEX org_organisations_district_name ON org_organisations (district_id, name);
CREATE INDEX org_organisations_street ON org_organisations (street_id) WHERE street_id IS NOT NULL;
CREATE INDEX org_organisations_community ON org_organisations (community_id) WHERE community_id IS NOT NULL;

-- One row per event: the "with history" of issue 4 (renamed from, moved from/to, archived).
CREATE TABLE org_history (
    organisation_id text        NOT NULL,
    version         bigint      NOT NULL,
    event           text        NOT NULL,
    at              timestamptz NOT NULL,
    by_person_id    text        NOT NULL,
    details         jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (organisation_id, version)
);
