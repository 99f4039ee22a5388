-- 双随机一公开: random targets by credit grade, random inspectors with recusal, results published.
-- The share of each grade's population a draw inspects: its bounds (configurable; the draw chooses within them).
create table inspection_ratio (
    grade           char(1)      not null primary key,
    min_percent     int          not null,
    max_percent     int          not null,
    updated_by      varchar(40)  not null,
    updated_at      timestamp    not null
);

-- The law-enforcement officers drawn (执法检查人员库) and the relations they declared (回避).
create table inspector (
    login           varchar(40)  not null primary key,
    name            varchar(100) not null,
    department_code varchar(40)  not null,
    active          smallint     not null,
    recorded_by     varchar(40)  not null,
    recorded_at     timestamp    not null
);

create table inspector_relation (
    id              bigint generated always as identity primary key,
    login           varchar(40)  not null,
    uscc            char(18)     not null,
    note            varchar(300) not null,
    recorded_by     varchar(40)  not null,
    recorded_at     timestamp    not null
);
create index inspector_relation_login on inspector_relation (login, uscc);

-- A draw: its filters, the percent of each grade, the seed and the SHA-256 of its candidate list (and of its
-- inspectors with their recusals), so that anyone can draw again from them and get the same targets and inspectors.
create table inspection_draw (
    id              bigint generated always as identity primary key,
    title           varchar(200) not null,
    grade_month     char(7)      not null,
    industry        varchar(10),
    street          varchar(60),
    licence_type    varchar(40),
    percent_a       int          not null,
    percent_b       int          not null,
    percent_c       int          not null,
    percent_d       int          not null,
    per_target      int          not null,
    seed            bigint       not null,
    candidates_hash char(64)     not null,
    inspectors_hash char(64)     not null,
    population      int          not null,
    drawn           int          not null,
    department_code varchar(40)  not null,
    drawn_by        varchar(40)  not null,
    drawn_at        timestamp    not null
);

-- The candidate list as drawn from (in its order), the inspectors and the recusals in force: the draw's input.
create table draw_candidate (
    draw_id         bigint       not null,
    position        int          not null,
    uscc            char(18)     not null,
    grade           char(1)      not null,
    primary key (draw_id, position)
);

create table draw_inspector (
    draw_id         bigint       not null,
    position        int          not null,
    login           varchar(40)  not null,
    name            varchar(100) not null,
    primary key (draw_id, position)
);

create table draw_recusal (
    draw_id         bigint       not null,
    login           varchar(40)  not null,
    uscc            char(18)     not null,
    reason          varchar(20)  not null
);
create index draw_recusal_draw on draw_recusal (draw_id);

-- One drawn target: its inspectors, and the result once recorded (published with it: 一公开).
create table inspection (
    id              bigint generated always as identity primary key,
    draw_id         bigint        not null,
    position        int           not null,
    uscc            char(18)      not null,
    name            varchar(200)  not null,
    grade           char(1)       not null,
    inspectors      varchar(300)  not null,
    state           varchar(12)   not null,
    findings        varchar(2000),
    inspected_on    date,
    department_code varchar(40)   not null,
    recorded_by     varchar(40),
    recorded_at     timestamp
);
create index inspection_by_draw on inspection (draw_id, position);
create index inspection_uscc on inspection (uscc, draw_id);
create index inspection_state on inspection (state, inspected_on);
