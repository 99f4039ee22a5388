-- The payout ledger (政策兑现). Amounts are DECIMAL(18,2): exact to the fen, never floating point.

-- A policy's budget for a year, held by a department. committed (payouts not rejected), approved (approved and
-- paid) and paid are kept in the row and moved only by conditional updates ("... where committed + x <= amount"),
-- so that concurrent requests and approvals can never take more than the budget.
create table budget (
    id              bigint generated always as identity primary key,
    policy_code     varchar(40)   not null,
    policy_name     varchar(200)  not null,
    budget_year     int           not null,
    department_code varchar(40)   not null,
    amount          decimal(18,2) not null,
    committed       decimal(18,2) default 0 not null,
    approved        decimal(18,2) default 0 not null,
    paid            decimal(18,2) default 0 not null,
    notice_days     int           not null,
    constraint budget_policy_year unique (policy_code, budget_year),
    constraint budget_within check (committed <= amount and approved <= committed and paid <= approved
        and amount >= 0 and paid >= 0)
);

-- Payouts listed together in one public notice (公示) and approved together.
create table payout_batch (
    id              bigint generated always as identity primary key,
    policy_code     varchar(40)   not null,
    period          varchar(20)   not null,
    department_code varchar(40)   not null,
    notice_id       bigint        not null,
    payouts         int           not null,
    amount          decimal(18,2) not null,
    listed_by       varchar(40)   not null,
    listed_at       timestamp     not null
);

-- One payout: policy + period + enterprise is its identity, unique here, so a request sent twice is recorded once.
create table payout (
    id              bigint generated always as identity primary key,
    budget_id       bigint        not null references budget (id),
    policy_code     varchar(40)   not null,
    period          varchar(20)   not null,
    uscc            char(18)      not null,
    enterprise_name varchar(200)  not null,
    amount          decimal(18,2) not null,
    bank            varchar(100),
    account_name    varchar(100),
    account_number  varchar(32),
    state           varchar(20)   not null,
    batch_id        bigint references payout_batch (id),
    source          varchar(40)   not null,
    department_code varchar(40)   not null,
    industry_code   varchar(10),
    street          varchar(60),
    request_month   char(7)       not null,
    requested_at    timestamp     not null,
    confirmed_by    varchar(40),
    confirmed_at    timestamp,
    approved_by     varchar(40),
    approved_at     timestamp,
    paid_on         date,
    voucher_no      varchar(40),
    reason          varchar(500),
    updated_at      timestamp     not null,
    constraint payout_identity unique (policy_code, period, uscc),
    constraint payout_positive check (amount > 0)
);

create index payout_uscc on payout (uscc);
create index payout_state on payout (state, policy_code);
create index payout_batch_state on payout (batch_id, state);

-- How staff resolved each objection to a batch's notice (the objection itself is the platform's).
create table objection_resolution (
    objection_id    bigint        primary key,
    batch_id        bigint        not null references payout_batch (id),
    payout_id       bigint references payout (id),
    resolution      varchar(20)   not null,
    note            varchar(500)  not null,
    resolved_by     varchar(40)   not null,
    resolved_at     timestamp     not null
);

-- Which demo seedings finished (the kit's DemoSeeding: a seeding killed half-way carries on at the next start).
create table demo_seeding (name varchar(100) not null primary key, finished smallint not null);
