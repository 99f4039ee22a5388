-- The transitions of records that move through states (mediation cases, approval items, licences, ...).
create table timeline_event (
    id          integer generated always as identity primary key,
    source      varchar(40)  not null,
    record_type varchar(60)  not null,
    record_id   varchar(80)  not null,
    occurred_at timestamp    not null,
    actor_login varchar(40)  not null,
    actor_name  varchar(100) not null,
    action      varchar(60)  not null,
    from_state  varchar(40),
    to_state    varchar(40)  not null,
    note        varchar(2000)
);

create index timeline_event_record_idx on timeline_event (source, record_type, record_id);
