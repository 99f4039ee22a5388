-- The working-day calendar: holidays and adjusted working days (调休上班), and which years' arrangements are loaded.
create table calendar_day (
    day        date         not null primary key,
    kind       varchar(20)  not null,
    name_zh    varchar(40)  not null,
    name_en    varchar(60)  not null,
    updated_by varchar(100) not null,
    updated_at timestamp    not null,
    constraint calendar_day_kind check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY'))
);

create table calendar_year (
    year_no   integer      not null primary key,
    source    varchar(400) not null,
    loaded_at timestamp    not null
);
