-- Accounts and the people behind them. login_name is unique here: the domain leaves uniqueness to
-- this index (a racing duplicate registration rolls back with the append).
CREATE TABLE account_accounts (
    id                   text PRIMARY KEY,
    person_id            text        NOT NULL UNIQUE,
    login_name           text        NOT NULL UNIQUE,
    display_name         text        NOT NULL,
    phone                text        NULL,
    email                text        NULL,
    address              text        NULL,
    home_organisation_id text        NOT NULL,
    password_hash        text        NOT NULL,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    locked_until         timestamptz NULL,
    must_change_password boolean     NOT NULL DEFAULT false,
    version              bigint      NOT NULL,
    created_at           timestamptz NOT NULL
);
CREATE INDEX account_accounts_home ON account_accounts (home_organisation_id);
CREATE INDEX account_accounts_phone ON account_accounts (phone) WHERE phone IS NOT NULL;

-- Role grants, read on every request (revocations apply at once).
CREATE TABLE account_grants (
    account_id text        NOT NULL,
    role       text        NOT NULL,
    scope_id   text        NOT NULL,
    granted_at timestamptz NOT NULL,
    PRIMARY KEY (account_id, role, scope_id)
);
CREATE INDEX account_grants_scope ON account_grants (scope_id, role);
