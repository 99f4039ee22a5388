-- The queue on the day: one ticket per visit (an appointment checked in, or a walk-in), numbered per hall, day and
-- item group; called to a window, served, with the times that give waiting and service durations.
create table visit (
    id               bigint generated always as identity primary key,
    hall_code        varchar(20) not null references hall (code),
    day              date        not null,
    item_group       varchar(20) not null,
    ticket           varchar(10) not null,
    item_code        varchar(20) not null references service_item (code),
    booking_no       varchar(40),
    appointment_at   time,        -- the booked slot's start; null for a walk-in or an appointment checked in too late
    person_name      varchar(50),
    mobile           varchar(20),
    state            varchar(12) not null,
    window_number    int,
    clerk_login      varchar(40),
    checked_in_at    timestamp   not null,
    called_at        timestamp,
    started_at       timestamp,
    ended_at         timestamp,
    unique (hall_code, day, ticket)
);

create index visit_hall_day_state on visit (hall_code, day, state);

create table ticket_counter (
    hall_code  varchar(20) not null,
    day        date        not null,
    item_group varchar(20) not null,
    last_value int         not null,
    primary key (hall_code, day, item_group)
);
