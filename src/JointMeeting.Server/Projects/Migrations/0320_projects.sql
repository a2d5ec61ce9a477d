-- 项目清单.
CREATE TABLE projects_board (
    id           text PRIMARY KEY,
    owner_id     text NOT NULL,
    district_id  text NOT NULL,
    street_id    text,
    community_id text,
    status       text NOT NULL,            -- ProjectStatus
    need_id      text,
    meeting_id   text,
    percent      int NOT NULL,
    title        text NOT NULL,
    drafted_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint NOT NULL,
    state        jsonb NOT NULL
);
CREATE INDEX projects_board_owner ON projects_board (owner_id, status);
CREATE INDEX projects_board_street ON projects_board (street_id, status);
CREATE INDEX projects_board_need ON projects_board (need_id);
