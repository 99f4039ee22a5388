-- 免申即享 delivery (issue 18 items 4-5): entitlements (享受资格) of enterprises to published policies, confirmed by
-- the enterprise and handed to finance as payout requests; fast-apply applications (快申快享) decided by staff.
-- V4 rather than the next free number: V3 is the match run's (rules and matches), made beside this one; the two
-- touch no common table, so they apply in either order on a new home.

-- One row per policy + period + enterprise (the payout ledger's key: a match told twice records one entitlement).
-- The row is also the hand-off's outbox: handoff WAITING until finance's ledger has answered.
create table policy_entitlement (
    id                  bigint generated always as identity primary key,
    policy_id           bigint        not null,
    policy_code         varchar(40)   not null,
    policy_title        varchar(200)  not null,
    period              varchar(20)   not null,
    uscc                varchar(18)   not null,
    enterprise_name     varchar(200)  not null,
    amount              decimal(18,2),
    source              varchar(20)   not null,
    application_id      bigint,
    department_code     varchar(40)   not null,
    state               varchar(20)   not null,
    deadline            date          not null,
    notified_at         timestamp,
    bank                varchar(100),
    account_name        varchar(100),
    account_number      varchar(32),
    confirmed_by        varchar(40),
    confirmed_at        timestamp,
    decline_reason      varchar(1000),
    overdue_at          timestamp,
    handoff             varchar(20),
    handoff_reason      varchar(500),
    handoff_reason_en   varchar(500),
    handoff_attempts    integer       default 0 not null,
    handoff_at          timestamp,
    created_at          timestamp     not null,
    constraint policy_entitlement_key unique (policy_code, period, uscc)
);

create index policy_entitlement_uscc on policy_entitlement (uscc);
create index policy_entitlement_state on policy_entitlement (state, deadline);
create index policy_entitlement_handoff on policy_entitlement (handoff);

-- 快申快享: an enterprise applies for a published policy whose data are not all clear; staff decide by the deadline.
create table policy_application (
    id                  bigint generated always as identity primary key,
    policy_id           bigint        not null,
    policy_code         varchar(40)   not null,
    policy_title        varchar(200)  not null,
    period              varchar(20)   not null,
    uscc                varchar(18)   not null,
    enterprise_name     varchar(200)  not null,
    facts               varchar(4000) not null,
    statement           varchar(2000) not null,
    asked               decimal(18,2),
    bank                varchar(100)  not null,
    account_name        varchar(100)  not null,
    account_number      varchar(32)   not null,
    department_code     varchar(40)   not null,
    state               varchar(20)   not null,
    deadline            date          not null,
    applied_by          varchar(40)   not null,
    applied_at          timestamp     not null,
    decided_by          varchar(40),
    decided_at          timestamp,
    amount              decimal(18,2),
    reason              varchar(1000),
    overdue_at          timestamp,
    constraint policy_application_key unique (policy_code, period, uscc)
);

create index policy_application_state on policy_application (state, deadline);
