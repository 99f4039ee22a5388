-- Public-notice periods (公示) of the plugins' records, and the objections to them. Dates are the district's
-- calendar dates (DATE); times are epoch milliseconds (bigint), as in the notify module.
create table public_notice (
    id              bigint generated always as identity primary key,
    plugin          varchar(40)   not null,
    record_type     varchar(60)   not null,
    record_id       varchar(80)   not null,
    title           varchar(200)  not null,
    body            varchar(4000) not null,
    period_length   integer       not null,
    period_unit     varchar(20)   not null,
    start_date      date          not null,
    end_date        date          not null,
    state           varchar(12)   not null,
    outcome         varchar(20),
    objections      integer       not null,
    opened_by       varchar(100)  not null,
    opened_at       bigint        not null,
    closed_at       bigint,
    close_note      varchar(500),
    permission      varchar(100)  not null,
    department_code varchar(40),
    -- plugin/record_type/record_id while OPEN, null after: its unique constraint lets one notice per record be open,
    -- even when two nodes open it at once (a unique constraint admits many nulls on Derby and PostgreSQL alike)
    open_key        varchar(190),
    constraint public_notice_open_once unique (open_key)
);
create index public_notice_record on public_notice (plugin, record_type, record_id);
create index public_notice_due on public_notice (state, end_date);

create table notice_objection (
    id           bigint generated always as identity primary key,
    notice_id    bigint        not null references public_notice (id),
    login        varchar(100)  not null,
    display_name varchar(100)  not null,
    uscc         varchar(18),
    body         varchar(2000) not null,
    created_at   bigint        not null
);
create index notice_objection_notice on notice_objection (notice_id);
