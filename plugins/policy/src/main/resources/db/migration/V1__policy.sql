-- 征点子: suggestions from enterprises along the four lines, their answer chain, look-alike groups, the policy reserve
-- library, joint meetings and the staff's topic overrides (the categoriser's training data). Portable SQL: Derby and
-- PostgreSQL. The policy drafts (制单子) are V2's.

-- One suggestion. department_code is the responsible department (the policy department's until it is analysed):
-- department scope looks at it; enterprise_uscc is what an enterprise user's scope looks at.
create table suggestion (
    id                bigint generated always as identity primary key,
    channel           varchar(20)   not null,
    source            varchar(200),
    enterprise_uscc   varchar(18)   not null,
    enterprise_name   varchar(200)  not null,
    topic             varchar(30)   not null,
    topic_confidence  double precision,
    text              varchar(4000) not null,
    visibility        varchar(20)   not null,
    state             varchar(20)   not null,
    department_code   varchar(40)   not null,
    received_on       date          not null,
    deadline          date          not null,
    response_kind     varchar(20),
    answer            varchar(4000),
    answered_by       varchar(40),
    answered_at       timestamp,
    rating            varchar(30),
    rating_comment    varchar(1000),
    rated_at          timestamp,
    rounds            int           not null,
    group_id          bigint,
    created_by        varchar(40)   not null,
    created_at        timestamp     not null
);

create index suggestion_department_state on suggestion (department_code, state);
create index suggestion_enterprise on suggestion (enterprise_uscc);
create index suggestion_received on suggestion (received_on);
create index suggestion_group_member on suggestion (group_id);

-- A proposed or confirmed group of look-alikes; members point at it (suggestion.group_id).
create table suggestion_group (
    id          bigint generated always as identity primary key,
    title       varchar(200)     not null,
    typical_id  bigint           not null,
    confirmed   smallint         not null,
    cohesion    double precision not null,
    created_by  varchar(40)      not null,
    created_at  timestamp        not null
);

-- 政策储备库: a group or a single suggestion worth a policy (the drafts link to these ids).
create table reserve_entry (
    id            bigint generated always as identity primary key,
    title         varchar(200)  not null,
    topic         varchar(30)   not null,
    group_id      bigint,
    suggestion_id bigint,
    note          varchar(2000),
    added_by      varchar(40)   not null,
    added_at      timestamp     not null
);

-- A joint meeting that answered a suggestion (and, for a group, each member: one row per member answered).
create table suggestion_meeting (
    id            bigint generated always as identity primary key,
    suggestion_id bigint        not null,
    kind          varchar(20)   not null,
    held_on       date          not null,
    departments   varchar(500)  not null,
    minutes       varchar(8000) not null
);

create index suggestion_meeting_suggestion on suggestion_meeting (suggestion_id);

create table meeting_action (
    id              bigint generated always as identity primary key,
    meeting_id      bigint        not null,
    position        int           not null,
    text            varchar(1000) not null,
    department_code varchar(40)   not null,
    due_on          date          not null
);

create index meeting_action_meeting on meeting_action (meeting_id);

-- The topic a member of staff chose instead of the categoriser's: kept as training data, used when it retrains.
create table topic_override (
    id            bigint generated always as identity primary key,
    suggestion_id bigint        not null,
    text          varchar(4000) not null,
    topic         varchar(30)   not null,
    proposed      varchar(30)   not null,
    confidence    double precision not null,
    chosen_by     varchar(40)   not null,
    chosen_at     timestamp     not null
);

-- whether the first start's demo data was seeded to the end (uikit DemoSeeding.resumable)
create table demo_seeding (name varchar(100) not null primary key, finished smallint not null);
