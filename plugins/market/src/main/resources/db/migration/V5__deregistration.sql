-- 简易注销 (simple deregistration): the application, its public notice (the platform's 公示, by id) or, for an
-- individual business, its days for objections, the days to apply after the notice, and how it ended.
create table deregistration (
    id              bigint generated always as identity primary key,
    uscc            char(18)      not null,
    name            varchar(200)  not null,
    kind            varchar(12)   not null,
    state           varchar(12)   not null,
    investors       varchar(500)  not null,
    commitment      varchar(2000) not null,
    notice_id       bigint,
    period_start    date          not null,
    period_end      date          not null,
    apply_by        date,
    extended        smallint      not null,
    blockers        varchar(1000),
    department_code varchar(40)   not null,
    filed_by        varchar(40)   not null,
    filed_at        timestamp     not null,
    closed_on       date
);
create index deregistration_uscc on deregistration (uscc, state);
create index deregistration_state on deregistration (state, period_end);

-- The social-insurance and tax joint check (社保联检): each department's answer, clear or an objection.
create table deregistration_check (
    id                bigint generated always as identity primary key,
    deregistration_id bigint        not null,
    department_code   varchar(40)   not null,
    answer            varchar(12)   not null,
    note              varchar(1000),
    answered_by       varchar(40)   not null,
    answered_at       timestamp     not null,
    constraint deregistration_check_once unique (deregistration_id, department_code)
);

-- What bars simple deregistration and the registry does not record (closure orders, open cases, unpaid fines,
-- frozen or pledged equity): a list market supervision staff keep; lifted_on ends an entry.
create table restriction (
    id              bigint generated always as identity primary key,
    uscc            char(18)      not null,
    kind            varchar(20)   not null,
    note            varchar(500)  not null,
    recorded_on     date          not null,
    lifted_on       date,
    department_code varchar(40)   not null,
    recorded_by     varchar(40)   not null,
    recorded_at     timestamp     not null
);
create index restriction_uscc on restriction (uscc, lifted_on);
