-- 资源清单: a unit's offers with the organisations' claims (capacity lives in the folded state).
CREATE TABLE resources_board (
    id              text PRIMARY KEY,
    unit_id         text NOT NULL,
    offered_to_id   text NOT NULL,         -- the community or street the unit reported to
    district_id     text NOT NULL,
    street_id       text,
    community_id    text,
    kind            text NOT NULL,
    withdrawn       boolean NOT NULL,
    remaining       int NOT NULL,
    available_from  date NOT NULL,
    available_until date NOT NULL,
    title           text NOT NULL,
    offered_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL,
    state           jsonb NOT NULL
);
CREATE INDEX resources_board_offered_to ON resources_board (offered_to_id, withdrawn);
CREATE INDEX resources_board_street ON resources_board (street_id, withdrawn);
CREATE INDEX resources_board_unit ON resources_board (unit_id);
