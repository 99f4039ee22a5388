-- Notifications (an inbox is a query over them), who read what, reminders planned for later, job leases.
-- Times are epoch milliseconds (bigint): the same on Derby and PostgreSQL, no time-zone conversions.
create table notification (
    id            bigint generated always as identity primary key,
    audience_kind varchar(12)   not null,
    audience      varchar(100)  not null,
    source        varchar(60)   not null,
    title         varchar(200)  not null,
    body          varchar(2000) not null,
    link          varchar(300),
    severity      varchar(10)   not null,
    created_at    bigint        not null
);
create index notification_audience on notification (audience_kind, audience);

create table notification_read (
    notification_id bigint       not null,
    login           varchar(100) not null,
    read_at         bigint       not null,
    primary key (notification_id, login)
);
create index notification_read_login on notification_read (login);

create table reminder (
    source          varchar(60)   not null,
    reminder_key    varchar(200)  not null,
    due_at          bigint        not null,
    audience_kind   varchar(12)   not null,
    audience        varchar(100)  not null,
    title           varchar(200)  not null,
    body            varchar(2000) not null,
    link            varchar(300),
    severity        varchar(10)   not null,
    delivered_at    bigint,
    notification_id bigint,
    primary key (source, reminder_key)
);
create index reminder_due on reminder (due_at);

-- One row per scheduled job: the node holding the lease runs it; next_run_at moves on when a run ends.
create table job_lease (
    job_id           varchar(200)  not null primary key,
    owner            varchar(100),
    lease_until      bigint        not null,
    next_run_at      bigint        not null,
    last_started_at  bigint,
    last_finished_at bigint,
    last_owner       varchar(100),
    last_error       varchar(1000),
    runs             bigint        not null
);
