-- Licences (许可证照) replace the generated template's item table, which never held data of the plugin's own.
drop table item;

-- Licence types are data the type administrator keeps: validity, the renewal window and the reminder steps.
-- Periods are an amount and a unit: D calendar days, W working days (official calendar), M months.
create table licence_type (
    code            varchar(40)   not null primary key,
    name_zh         varchar(100)  not null,
    name_en         varchar(200)  not null,
    validity_months int,
    opens_amount    int           not null,
    opens_unit      char(1)       not null,
    closes_amount   int           not null,
    closes_unit     char(1)       not null,
    reminder_steps  varchar(100)  not null,
    late_accepted   smallint      not null,
    minimal_renewal smallint      not null,
    regulation      varchar(1000) not null,
    sort_order      int           not null,
    updated_by      varchar(40)   not null,
    updated_at      timestamp     not null
);

-- One licence held by a registry enterprise (by its USCC). window_opens/closes are computed from the type when the
-- licence is issued (working days on the official calendar); next_step/next_step_on say which reminder the daily scan
-- sends next and when, so that the scan reads only what is due (index) however many licences there are.
create table licence (
    id              bigint generated always as identity primary key,
    licence_no      varchar(40)  not null,
    type_code       varchar(40)  not null,
    uscc            char(18)     not null,
    holder_name     varchar(200) not null,
    scope           varchar(500) not null,
    premises        varchar(300) not null,
    key_staff       varchar(100) not null,
    issued_on       date         not null,
    expires_on      date         not null,
    window_opens    date         not null,
    window_closes   date         not null,
    state           varchar(20)  not null,
    department_code varchar(40)  not null,
    next_step       varchar(40),
    next_step_on    date,
    renewed_from    bigint,
    renewal_kind    varchar(10),
    created_by      varchar(40)  not null,
    created_at      timestamp    not null,
    constraint licence_no_unique unique (licence_no)
);
create index licence_next_step on licence (next_step_on);
create index licence_state_opens on licence (state, window_opens);
create index licence_state_expires on licence (state, expires_on);
create index licence_uscc on licence (uscc);
create index licence_department on licence (department_code, expires_on);

-- What the daily scan sent, to whom and when (the platform keeps the once-only claim; this is the plugin's log).
create table licence_reminder (
    id              bigint generated always as identity primary key,
    licence_id      bigint       not null,
    licence_no      varchar(40)  not null,
    type_code       varchar(40)  not null,
    step            varchar(40)  not null,
    recipient_kind  varchar(20)  not null,
    recipient       varchar(100) not null,
    title           varchar(200) not null,
    department_code varchar(40)  not null,
    uscc            char(18)     not null,
    sent_at         timestamp    not null
);
create index licence_reminder_sent on licence_reminder (sent_at);
create index licence_reminder_licence on licence_reminder (licence_id);

-- A renewal application: minimal (极简续证, declared unchanged) or normal; ineligible minimal ones wait for staff review.
create table renewal (
    id              bigint generated always as identity primary key,
    licence_id      bigint        not null,
    uscc            char(18)      not null,
    kind            varchar(10)   not null,
    state           varchar(20)   not null,
    reasons         varchar(1000),
    department_code varchar(40)   not null,
    declared_by     varchar(40)   not null,
    declared_at     timestamp     not null,
    decided_by      varchar(40),
    decided_at      timestamp,
    new_licence_id  bigint
);
create index renewal_licence on renewal (licence_id);
create index renewal_state on renewal (state, department_code);

-- What market supervision recorded about a holder: violations (行政处罚) and post-checks (事后核查, e.g. of a
-- commitment) — minimal renewal reads them.
create table violation (
    id              bigint generated always as identity primary key,
    uscc            char(18)     not null,
    occurred_on     date         not null,
    description     varchar(500) not null,
    recorded_by     varchar(40)  not null,
    recorded_at     timestamp    not null
);
create index violation_uscc on violation (uscc, occurred_on);

create table post_check (
    id              bigint generated always as identity primary key,
    uscc            char(18)     not null,
    subject         varchar(300) not null,
    opened_on       date         not null,
    closed_on       date,
    recorded_by     varchar(40)  not null,
    recorded_at     timestamp    not null
);
create index post_check_uscc on post_check (uscc, closed_on);

create table demo_seeding (
    name     varchar(100) not null primary key,
    finished smallint     not null
);
