-- 督办事项, with the committee they belong to (from their meeting) for supervision boards and figures.
CREATE TABLE action_items (
    id            text PRIMARY KEY,
    meeting_id    text NOT NULL,
    committee_id  text NOT NULL,
    district_id   text NOT NULL,
    street_id     text,
    community_id  text,
    owner_kind    text NOT NULL,
    owner_id      text NOT NULL,
    status        text NOT NULL,           -- ActionItemStatus
    due_date      date NOT NULL,
    next_check_on date,                    -- reminder, then escalation (ActionItem.NextCheckOn)
    escalated     boolean NOT NULL,
    title         text NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint NOT NULL,
    state         jsonb NOT NULL
);
CREATE INDEX action_items_committee ON action_items (committee_id, status, due_date);
CREATE INDEX action_items_meeting ON action_items (meeting_id);
CREATE INDEX action_items_owner ON action_items (owner_id, status);
CREATE INDEX action_items_check ON action_items (next_check_on) WHERE status = 'Open';
CREATE INDEX action_items_street ON action_items (street_id, status);
CREATE INDEX action_items_community ON action_items (community_id, status);
