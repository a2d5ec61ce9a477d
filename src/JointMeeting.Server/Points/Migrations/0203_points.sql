-- 积分换星: facts folded by the async points projection; standings are computed from facts with the rules in force.
CREATE TABLE points_facts (
    source     text NOT NULL,             -- PointSource name
    source_id  text NOT NULL,
    owner_id   text NOT NULL,             -- a member's person id or a unit id
    owner_kind text NOT NULL,             -- 'member' | 'unit'
    at         timestamptz NOT NULL,
    title      text,
    rating     int,
    hours      numeric(8, 2),
    kind       text,                      -- 需求/项目 for unit claims
    PRIMARY KEY (source, source_id, owner_id)
);
CREATE INDEX points_facts_owner ON points_facts (owner_id, at);

-- Titles of the things facts come from (wish, post, action item), kept by the projection as it passes them.
CREATE TABLE points_titles (
    source_key text PRIMARY KEY,
    title      text NOT NULL
);

-- Where each member reports now (from member-reporting events): leaderboards and 双报告 group by it.
CREATE TABLE points_members (
    person_id    text PRIMARY KEY,
    unit_id      text,
    community_id text NOT NULL,
    street_id    text
);
CREATE INDEX points_members_unit ON points_members (unit_id);
CREATE INDEX points_members_community ON points_members (community_id);
CREATE INDEX points_members_street ON points_members (street_id);

-- Each owner's standing per year under the rules in force when it was last computed (recomputePoints rebuilds it).
CREATE TABLE points_ledger (
    owner_id   text NOT NULL,
    owner_kind text NOT NULL,
    year       int NOT NULL,
    points     numeric(10, 2) NOT NULL,
    stars      int NOT NULL,
    grade      text NOT NULL,
    PRIMARY KEY (owner_id, year)
);
CREATE INDEX points_ledger_year ON points_ledger (year, stars DESC, points DESC);
