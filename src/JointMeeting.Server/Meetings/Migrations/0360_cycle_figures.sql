-- Figures per committee cycle (办结率, claims and attendance per unit, overdue), kept by the async
-- cycle-figures projection; unit scorecards add up the per-unit rows across cycles.
CREATE TABLE cycle_figures (
    committee_id text NOT NULL,
    cycle_number int NOT NULL,
    meeting_id   text NOT NULL,
    as_of        date NOT NULL,
    items_due    int NOT NULL,
    items_closed int NOT NULL,
    closure_rate numeric(6, 4),
    overdue      int NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (committee_id, cycle_number)
);

CREATE TABLE cycle_unit_figures (
    committee_id     text NOT NULL,
    cycle_number     int NOT NULL,
    unit_id          text NOT NULL,
    claims           int NOT NULL,
    confirmed_claims int NOT NULL,
    invited          int NOT NULL,
    attended         int NOT NULL,
    items_due        int NOT NULL,
    items_closed     int NOT NULL,
    overdue          int NOT NULL,
    PRIMARY KEY (committee_id, cycle_number, unit_id)
);
CREATE INDEX cycle_unit_figures_unit ON cycle_unit_figures (unit_id);

-- What units earn points for (DOMAIN.md §6; UnitPointFacts): one row per (unit, reason, source), so repeats
-- are ignored. The Points feature reads this table by name.
CREATE TABLE unit_point_facts (
    unit_id   text NOT NULL,
    reason    text NOT NULL,                -- UnitPointReason: NeedCompleted, ProjectCompleted, ResourceUsed, MeetingAttended
    source_id text NOT NULL,
    at        timestamptz NOT NULL,
    PRIMARY KEY (unit_id, reason, source_id)
);
CREATE INDEX unit_point_facts_at ON unit_point_facts (at);
