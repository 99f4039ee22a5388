-- Bookable places per slot, item group, hall and day, set by the hall's team leader. A booking takes a place with
-- one conditional update (booked < capacity): the database's row lock makes concurrent bookings queue there, so the
-- capacity is never exceeded, on Derby and PostgreSQL alike.
create table slot_capacity (
    hall_code  varchar(20) not null references hall (code),
    item_group varchar(20) not null,
    day        date        not null,
    starts     time        not null,
    capacity   int         not null,
    booked     int         not null,
    closed     smallint    not null,
    primary key (hall_code, item_group, day, starts)
);

-- Open bookings per person (identity number), taken the same way as places: at most the limit, under concurrency too.
create table booking_person (
    id_number     varchar(18) not null primary key,
    open_bookings int         not null
);

create table booking (
    id          bigint generated always as identity primary key,
    booking_no  varchar(40) unique,
    hall_code   varchar(20) not null references hall (code),
    item_code   varchar(20) not null references service_item (code),
    item_group  varchar(20) not null,
    day         date        not null,
    starts      time        not null,
    person_name varchar(50) not null,
    id_number   varchar(18) not null,
    mobile      varchar(20) not null,
    uscc        varchar(18),
    channel     varchar(12) not null,
    state       varchar(12) not null,
    booked_by   varchar(40),
    created_at  timestamp   not null
);

create index booking_person_state on booking (id_number, state);
create index booking_hall_day on booking (hall_code, day);
create index booking_uscc on booking (uscc);
