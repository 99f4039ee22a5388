-- 审批服务菜单 (approval service menus): templates per kind of project and their items.
create table template (
    id          integer generated always as identity primary key,
    name        varchar(100)  not null unique,
    kind        varchar(20)   not null,
    description varchar(1000),
    active      boolean       not null
);

create table template_item (
    template_id       integer       not null,
    item_key          varchar(20)   not null,
    position          integer       not null,
    stage             varchar(30)   not null,
    name              varchar(200)  not null,
    department        varchar(100)  not null,
    materials         varchar(2000),
    duration_days     integer       not null,
    prerequisites     varchar(500),
    simulated_allowed boolean       not null,
    primary key (template_id, item_key),
    constraint template_item_template foreign key (template_id) references template (id)
);

-- Yearly project codes: 崂住项〔2026〕001号.
create table project_counter (
    code_year integer not null primary key,
    last_seq  integer not null
);

-- 重点项目.
create table project (
    id                  integer generated always as identity primary key,
    code                varchar(30)    not null unique,
    name                varchar(200)   not null,
    investor_uscc       varchar(18)    not null,
    investor_name       varchar(200)   not null,
    kind                varchar(20)    not null,
    project_level       varchar(20)    not null,
    amount_wan          decimal(15, 2) not null,
    location            varchar(200)   not null,
    team_name           varchar(100),
    lead_login          varchar(40),
    lead_name           varchar(100),
    team_members        varchar(500),
    status              varchar(20)    not null,
    start_date          date           not null,
    template_id         integer,
    baseline_completion date,
    baselined_on        date,
    created_at          timestamp      not null,
    created_by          varchar(40)    not null
);

-- A project's tailored plan (量身定制): one row per approval item, with its baseline and actual dates.
create table plan_item (
    id                integer generated always as identity primary key,
    project_id        integer       not null,
    item_key          varchar(20)   not null,
    position          integer       not null,
    stage             varchar(30)   not null,
    name              varchar(200)  not null,
    department        varchar(100)  not null,
    materials         varchar(2000),
    duration_days     integer       not null,
    prerequisites     varchar(500),
    simulated_allowed boolean       not null,
    simulated         boolean       not null,
    baseline_start    date,
    baseline_finish   date,
    actual_start      date,
    actual_finish     date,
    constraint plan_item_project foreign key (project_id) references project (id),
    constraint plan_item_key unique (project_id, item_key)
);

-- 卡脖子问题.
create table blocking_issue (
    id               integer generated always as identity primary key,
    project_id       integer       not null,
    title            varchar(200)  not null,
    description      varchar(2000),
    severity         varchar(10)   not null,
    owner_department varchar(100)  not null,
    due_date         date,
    status           varchar(20)   not null,
    next_step        varchar(1000),
    resolution       varchar(2000),
    raised_on        date          not null,
    resolved_on      date,
    raised_by        varchar(40)   not null,
    constraint blocking_issue_project foreign key (project_id) references project (id)
);

-- 调度会 and its agenda and action items.
create table meeting (
    id          integer generated always as identity primary key,
    held_on     date          not null,
    title       varchar(200)  not null,
    place       varchar(200),
    host        varchar(100)  not null,
    attendees   varchar(1000) not null,
    decisions   varchar(4000),
    recorded_by varchar(40)   not null
);

create table meeting_agenda (
    meeting_id integer not null,
    project_id integer,
    issue_id   integer,
    constraint meeting_agenda_meeting foreign key (meeting_id) references meeting (id)
);

create table action_item (
    id          integer generated always as identity primary key,
    meeting_id  integer       not null,
    issue_id    integer,
    project_id  integer,
    description varchar(1000) not null,
    owner       varchar(100)  not null,
    deadline    date          not null,
    resolves    boolean       not null,
    constraint action_item_meeting foreign key (meeting_id) references meeting (id)
);

create index plan_item_project_idx on plan_item (project_id);
create index blocking_issue_status_idx on blocking_issue (status, due_date);
create index blocking_issue_project_idx on blocking_issue (project_id);
create index meeting_agenda_meeting_idx on meeting_agenda (meeting_id);
create index action_item_meeting_idx on action_item (meeting_id);
