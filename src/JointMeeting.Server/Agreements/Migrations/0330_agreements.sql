-- 共建协议书, listed per unit and per community/street.
CREATE TABLE agreements_list (
    id              text PRIMARY KEY,
    organisation_id text NOT NULL,
    unit_id         text NOT NULL,
    status          text NOT NULL,         -- AgreementStatus
    starts_on       date NOT NULL,
    ends_on         date NOT NULL,
    title           text NOT NULL,
    drafted_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint NOT NULL,
    state           jsonb NOT NULL
);
CREATE INDEX agreements_list_unit ON agreements_list (unit_id);
CREATE INDEX agreements_list_organisation ON agreements_list (organisation_id);
