-- Credit-risk grading (信用风险分类, 国市监信发〔2022〕6号): an internal basis for inspection, never shown to the
-- enterprise. The rule is data: the points each kind of signal counts and the highest score of each grade.
create table credit_rule_points (
    kind            varchar(40)  not null primary key,
    points          int          not null,
    sort_order      int          not null,
    updated_by      varchar(40)  not null,
    updated_at      timestamp    not null
);

-- The grade limits (highest score of A, B, C; D above) and how many months back the signals count.
create table credit_rule_setting (
    name            varchar(40)  not null primary key,
    amount          int          not null,
    updated_by      varchar(40)  not null,
    updated_at      timestamp    not null
);

-- One grading run (the month's; a run again in the same month replaces the month's grades, keeping overrides).
create table credit_run (
    id              bigint generated always as identity primary key,
    month           char(7)       not null,
    state           varchar(12)   not null,
    started_by      varchar(40)   not null,
    started_at      timestamp     not null,
    finished_at     timestamp,
    enterprises     int           not null,
    grade_a         int           not null,
    grade_b         int           not null,
    grade_c         int           not null,
    grade_d         int           not null,
    rule_text       varchar(2000) not null
);
create index credit_run_month on credit_run (month, started_at);

-- The month's grade of every enterprise of the registry (street and industry as the registry had them, for the
-- filters and the draws' populations, set-wise in SQL). final_grade is the grade in force: the computed one, or the
-- override with its reason.
create table credit_grade (
    month           char(7)       not null,
    uscc            char(18)      not null,
    street          varchar(60),
    industry        varchar(10),
    score           int           not null,
    grade           char(1)       not null,
    final_grade     char(1)       not null,
    override_reason varchar(500),
    overridden_by   varchar(40),
    overridden_at   timestamp,
    primary key (month, uscc)
);
create index credit_grade_final on credit_grade (month, final_grade);
create index credit_grade_uscc on credit_grade (uscc, month);

-- Why: each signal that counted for an enterprise in a month, with its points.
create table credit_reason (
    id              bigint generated always as identity primary key,
    month           char(7)       not null,
    uscc            char(18)      not null,
    kind            varchar(40)   not null,
    day             date          not null,
    detail          varchar(500)  not null,
    points          int           not null
);
create index credit_reason_key on credit_reason (month, uscc);
