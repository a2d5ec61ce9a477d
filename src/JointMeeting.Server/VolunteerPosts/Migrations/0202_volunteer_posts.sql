-- Volunteer posts (志愿服务岗位) and who holds their slots.
CREATE TABLE volunteer_posts (
    id            text PRIMARY KEY,
    district_id   text NOT NULL,
    street_id     text,
    community_id  text NOT NULL,
    widened       boolean NOT NULL,
    title         text NOT NULL,
    place         text NOT NULL,
    category      text NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    slots         int NOT NULL,
    slots_taken   int NOT NULL DEFAULT 0,
    description   text,
    status        text NOT NULL,
    closed_reason text,
    version       bigint NOT NULL,
    published_by  text NOT NULL,
    published_at  timestamptz NOT NULL
);
CREATE INDEX volunteer_posts_community ON volunteer_posts (community_id, starts_at);
CREATE INDEX volunteer_posts_street ON volunteer_posts (street_id, starts_at) WHERE widened;

CREATE TABLE volunteer_slots (
    post_id        text NOT NULL REFERENCES volunteer_posts (id) ON DELETE CASCADE,
    member_id      text NOT NULL,
    claimed_at     timestamptz NOT NULL,
    checked_in_at  timestamptz,
    checked_out_at timestamptz,
    hours          numeric(6, 1),
    no_show        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (post_id, member_id)
);
CREATE INDEX volunteer_slots_member ON volunteer_slots (member_id);
