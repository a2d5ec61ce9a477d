-- Joint committees (大工委 / 联合党委) with their current members; past terms stay in the events.
CREATE TABLE committee_committees (
    id                  text PRIMARY KEY,
    level               text        NOT NULL,
    organisation_id     text        NOT NULL,
    district_id         text        NOT NULL,
    street_id           text        NULL,
    community_id        text        NULL,
    name                text        NOT NULL,
    convener_person_id  text        NOT NULL,
    cadence             jsonb       NOT NULL,
    skipped_dates       jsonb       NOT NULL DEFAULT '[]',
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL
);
CREATE INDEX committee_committees_org ON committee_committees (organisation_id);

CREATE TABLE committee_members (
    committee_id         text    NOT NULL,
    person_id            text    NOT NULL,
    name                 text    NOT NULL,
    email                text    NULL,
    part_time            boolean NOT NULL,
    from_organisation_id text    NULL,
    term_start           date    NULL,
    term_end             date    NULL,
    position             bigint  NOT NULL,
    PRIMARY KEY (committee_id, person_id)
);
CREATE INDEX committee_members_person ON committee_members (person_id);
