-- 会客厅 (issue 26): 建设项目审批会客厅 and 营商共享会客厅 — rooms for project talks, roadshows, policy briefings and
-- joint consultations (联合会商); bookings never overlap in a room; events with registrations by enterprise users,
-- attendance, the projects and enterprises served and minutes (attachments).
create table salon_room (
    code      varchar(20)  primary key,
    name_zh   varchar(100) not null,
    name_en   varchar(100) not null,
    seats     int          not null,
    active    smallint     default 1 not null
);

create table salon_booking (
    id          bigint generated always as identity primary key,
    room_code   varchar(20)  not null references salon_room (code),
    day         date         not null,
    starts      time         not null,
    ends        time         not null,
    purpose     varchar(200) not null,
    booked_by   varchar(40)  not null,
    booked_at   timestamp    not null,
    cancelled   smallint     default 0 not null
);

create index salon_booking_room_day on salon_booking (room_code, day);

create table salon_event (
    id              bigint generated always as identity primary key,
    booking_id      bigint        not null unique references salon_booking (id),
    kind            varchar(20)   not null,
    title           varchar(200)  not null,
    host_department varchar(40)   not null,
    summary         varchar(2000),
    housing_project varchar(60),                 -- a housing project's code, when the housing plugin is installed
    state           varchar(10)   not null,
    places          int           not null,
    people_served   int           default 0 not null,
    created_by      varchar(40)   not null,
    created_at      timestamp     not null,
    constraint salon_event_kind check (kind in ('PROJECT_TALK', 'ROADSHOW', 'POLICY_BRIEFING', 'JOINT_CONSULTATION')),
    constraint salon_event_state check (state in ('PLANNED', 'HELD', 'CANCELLED'))
);

create table salon_registration (
    event_id      bigint       not null references salon_event (id),
    uscc          varchar(18)  not null,
    registered_by varchar(40)  not null,
    attendees     int          not null,
    project_name  varchar(200),                  -- the project the enterprise brings, if any
    registered_at timestamp    not null,
    attended      smallint     default 0 not null,
    primary key (event_id, uscc)
);

insert into salon_room (code, name_zh, name_en, seats) values
    ('XM', '建设项目审批会客厅', 'Construction project approval salon', 20),
    ('YS', '营商共享会客厅', 'Business environment shared salon', 40),
    ('GZS', '“崂山事·心服务”工作室', 'Laoshan service studio', 8);
