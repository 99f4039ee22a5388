-- 政务体验官 (issue 26): individual users who try the district's services, policies and halls in a
-- 收集—分析—响应—反馈 chain. Recruitment with a one-year term, tasks assigned by the centre with a questionnaire
-- built from a template, findings verified, logged with a responsible unit (建账定责), fixed by a deadline in
-- working days, rechecked (常态复查) and reported back; open days (行政服务主题开放日) with registered officers.
create table experience_officer (
    login         varchar(40)   primary key,     -- the officer's individual account (identity UserKind.INDIVIDUAL)
    display_name  varchar(100)  not null,
    category      varchar(20)   not null,
    mobile        varchar(20),
    motivation    varchar(1000),
    state         varchar(12)   not null,
    applied_at    timestamp     not null,
    decided_by    varchar(40),
    decided_at    timestamp,
    decision_note varchar(500),
    term_start    date,
    term_end      date,
    constraint experience_officer_category check (category in ('NPC_DEPUTY', 'CPPCC_MEMBER', 'ENTREPRENEUR', 'RESIDENT')),
    constraint experience_officer_state check (state in ('APPLIED', 'ACTIVE', 'REJECTED', 'EXPIRED'))
);

create table questionnaire_template (
    code     varchar(40)  primary key,
    name_zh  varchar(200) not null,
    name_en  varchar(200) not null
);

create table template_question (
    template_code varchar(40)  not null references questionnaire_template (code),
    position      int          not null,
    kind          varchar(8)   not null,
    text_zh       varchar(500) not null,
    text_en       varchar(500) not null,
    choices       varchar(1000),                 -- CHOICE: the options, separated by '|'
    primary key (template_code, position),
    constraint template_question_kind check (kind in ('TEXT', 'CHOICE', 'SCORE'))
);

create table experience_task (
    id              bigint generated always as identity primary key,
    officer_login   varchar(40)  not null references experience_officer (login),
    subject_kind    varchar(8)   not null,
    subject         varchar(200) not null,       -- a service item's code, a policy's title, a hall's code
    mode            varchar(14)  not null,
    template_code   varchar(40)  not null references questionnaire_template (code),
    state           varchar(10)  not null,
    department_code varchar(40)  not null,       -- the centre that assigned it
    assigned_by     varchar(40)  not null,
    assigned_at     timestamp    not null,
    due_on          date         not null,
    answered_at     timestamp,
    constraint experience_task_subject check (subject_kind in ('ITEM', 'POLICY', 'HALL')),
    constraint experience_task_mode check (mode in ('OPEN', 'ANONYMOUS', 'OBSERVATION', 'REAL_HANDLING')),
    constraint experience_task_state check (state in ('ASSIGNED', 'ANSWERED'))
);

create index experience_task_officer on experience_task (officer_login);

create table task_answer (
    task_id   bigint        not null references experience_task (id),
    position  int           not null,
    answer    varchar(2000) not null,
    primary key (task_id, position)
);

create table experience_finding (
    id              bigint generated always as identity primary key,
    task_id         bigint        not null references experience_task (id),
    officer_login   varchar(40)   not null,
    description     varchar(2000) not null,
    suggestion      varchar(2000),
    state           varchar(10)   not null,
    department_code varchar(40)   not null,      -- the centre keeping the ledger
    reported_at     timestamp     not null,
    verify_note     varchar(1000),
    unit_code       varchar(40),                  -- the responsible unit (a department), 建账定责
    fix_due         date,
    fix_note        varchar(1000),
    fixed_on        date,
    recheck_due     date,
    recheck_note    varchar(1000),
    rechecks        int           default 0 not null,
    report_note     varchar(1000),
    closed_at       timestamp,
    constraint experience_finding_state check (state in ('REPORTED', 'VERIFIED', 'ASSIGNED', 'FIXED', 'RECHECKED',
        'CLOSED', 'DISMISSED'))
);

create index experience_finding_officer on experience_finding (officer_login);
create index experience_finding_unit on experience_finding (unit_code);

create table open_day (
    id          bigint generated always as identity primary key,
    title       varchar(200) not null,
    theme       varchar(500),
    held_on     date         not null,
    place       varchar(200) not null,
    places      int          not null,
    created_by  varchar(40)  not null,
    created_at  timestamp    not null
);

create table open_day_registration (
    open_day_id   bigint       not null references open_day (id),
    officer_login varchar(40)  not null references experience_officer (login),
    registered_at timestamp    not null,
    attended      smallint     default 0 not null,
    primary key (open_day_id, officer_login)
);

-- the centre's standard questionnaire for a service item, a policy and a hall
insert into questionnaire_template (code, name_zh, name_en) values
    ('SERVICE', '办事体验问卷', 'Service experience questionnaire'),
    ('POLICY', '政策体验问卷', 'Policy experience questionnaire'),
    ('HALL', '大厅体验问卷', 'Hall experience questionnaire');
insert into template_question (template_code, position, kind, text_zh, text_en, choices) values
    ('SERVICE', 1, 'SCORE', '办理流程是否清晰便捷（1–5分）', 'How clear and easy was the procedure (1–5)', null),
    ('SERVICE', 2, 'CHOICE', '材料是否一次告知到位', 'Were you told every material at once', '是|部分|否'),
    ('SERVICE', 3, 'CHOICE', '跑了几次', 'How many visits did it take', '零跑腿|一次|两次|三次及以上'),
    ('SERVICE', 4, 'TEXT', '遇到的问题与改进建议', 'Problems met and suggestions', null),
    ('POLICY', 1, 'SCORE', '政策内容是否易懂（1–5分）', 'How easy is the policy to understand (1–5)', null),
    ('POLICY', 2, 'CHOICE', '申报渠道是否畅通', 'Is the way to apply open', '畅通|一般|不畅通'),
    ('POLICY', 3, 'TEXT', '政策落地中的堵点与建议', 'Obstacles in delivering the policy and suggestions', null),
    ('HALL', 1, 'SCORE', '大厅环境与引导（1–5分）', 'Hall environment and guidance (1–5)', null),
    ('HALL', 2, 'SCORE', '窗口服务态度（1–5分）', 'Attitude at the windows (1–5)', null),
    ('HALL', 3, 'CHOICE', '等候时间', 'Waiting time', '10分钟内|10–30分钟|30分钟以上'),
    ('HALL', 4, 'TEXT', '观察到的问题与建议', 'Problems observed and suggestions', null);
