-- 好差评: one rating per finished visit (一次一评), five levels, optional reasons; each dissatisfied rating opens a
-- rectification (整改) with a deadline in working days, a callback to a real-name rater, appeal and review.
create table rating (
    id          bigint generated always as identity primary key,
    visit_id    bigint       not null unique references visit (id),
    hall_code   varchar(20)  not null,
    item_code   varchar(20)  not null,
    department  varchar(60)  not null,   -- the item's responsible department, for the published figures
    window_number int,
    clerk_login varchar(40),
    level       varchar(24)  not null,
    reasons     varchar(500),
    real_name   smallint     not null,
    rated_on    date         not null,
    rated_at    timestamp    not null
);

create index rating_month on rating (rated_on);

create table rectification (
    id            bigint generated always as identity primary key,
    rating_id     bigint       not null unique references rating (id),
    state         varchar(12)  not null,
    due_on        date         not null,
    assignee      varchar(60),           -- the window's clerk or the responsible department
    finding       varchar(1000),
    fix_note      varchar(1000),
    report_note   varchar(1000),
    callback_note varchar(1000),
    callback_at   timestamp,
    appeal_note   varchar(1000),
    department_code varchar(40) not null,
    opened_at     timestamp    not null,
    closed_at     timestamp
);

create index rectification_state on rectification (state, due_on);
