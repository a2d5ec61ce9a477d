-- 双报到: every request of members and units with its outcome, and the current approved ones
-- (one per member, one per unit) that other features read as facts.
CREATE TABLE reporting_member_reports (
    report_id    text PRIMARY KEY,
    person_id    text        NOT NULL,
    district_id  text        NOT NULL,
    street_id    text        NULL,
    community_id text        NOT NULL,
    unit_id      text        NOT NULL,
    grid_id      text        NULL,
    building_id  text        NULL,
    profile      jsonb       NOT NULL,
    status       text        NOT NULL,
    reason       text        NULL,
    requested_at timestamptz NOT NULL,
    requested_by text        NOT NULL,
    decided_at   timestamptz NULL,
    decided_by   text        NULL,
    version      bigint      NOT NULL
);
CREATE INDEX reporting_member_reports_person ON reporting_member_reports (person_id, requested_at DESC);
CREATE INDEX reporting_member_reports_pending ON reporting_member_reports (community_id, requested_at) WHERE status = 'Pending';
CREATE INDEX reporting_member_reports_street_pending ON reporting_member_reports (street_id, requested_at) WHERE status = 'Pending';

CREATE TABLE reporting_members (
    person_id    text PRIMARY KEY,
    report_id    text        NOT NULL,
    district_id  text        NOT NULL,
    street_id    text        NULL,
    community_id text        NOT NULL,
    unit_id      text        NOT NULL,
    grid_id      text        NULL,
    building_id  text        NULL,
    profile      jsonb       NOT NULL,
    approved_at  timestamptz NOT NULL
);
CREATE INDEX reporting_members_community ON reporting_members (community_id);
CREATE INDEX reporting_members_street ON reporting_members (street_id);
CREATE INDEX reporting_members_unit ON reporting_members (unit_id);

CREATE TABLE reporting_unit_reports (
    report_id    text PRIMARY KEY,
    unit_id      text        NOT NULL,
    target_id    text        NOT NULL,
    district_id  text        NOT NULL,
    street_id    text        NULL,
    community_id text        NULL,
    note         text        NULL,
    status       text        NOT NULL,
    reason       text        NULL,
    requested_at timestamptz NOT NULL,
    requested_by text        NOT NULL,
    decided_at   timestamptz NULL,
    decided_by   text        NULL,
    version      bigint      NOT NULL
);
CREATE INDEX reporting_unit_reports_unit ON reporting_unit_reports (unit_id, requested_at DESC);
CREATE INDEX reporting_unit_reports_pending ON reporting_unit_reports (target_id, requested_at) WHERE status = 'Pending';

-- Co-building units (共建单位): a unit's current approved report.
CREATE TABLE reporting_units (
    unit_id      text PRIMARY KEY,
    report_id    text        NOT NULL,
    target_id    text        NOT NULL,
    district_id  text        NOT NULL,
    street_id    text        NULL,
    community_id text        NULL,
    approved_at  timestamptz NOT NULL
);
CREATE INDEX reporting_units_target ON reporting_units (target_id);

-- 双报告: a member's service per quarter, reported to their unit. Created here, filled by the
-- projections of MicroWishes, VolunteerPosts, Points and ActionItems (ServiceRecord in the domain).
CREATE TABLE reporting_service_records (
    person_id        text          NOT NULL,
    quarter          text          NOT NULL,
    unit_id          text          NULL,
    community_id     text          NULL,
    wishes_fulfilled integer       NOT NULL DEFAULT 0,
    volunteer_hours  numeric(10,2) NOT NULL DEFAULT 0,
    points           integer       NOT NULL DEFAULT 0,
    entries          jsonb         NOT NULL DEFAULT '[]',
    PRIMARY KEY (person_id, quarter)
);
CREATE INDEX reporting_service_records_unit ON reporting_service_records (unit_id, quarter);
