-- Reminders sent at most once per (source, record, step): the unique key of reminder_sent is the guard. Whoever
-- inserts the row (a delivery of a planned reminder or an immediate sendOnce, on any node) sends; an insert that
-- meets the key (SQL state 23505 on Derby and PostgreSQL) skips. Planned once-reminders stay in reminder, with their
-- record and step beside the key (record/step).
create table reminder_sent (
    source          varchar(60)  not null,
    record_key      varchar(100) not null,
    step            varchar(90)  not null,
    sent_at         bigint       not null,
    notification_id bigint,
    primary key (source, record_key, step)
);

alter table reminder add column record_key varchar(100);
alter table reminder add column step varchar(90);
