-- 免申即享: a published policy's eligibility rule and benefit, the match runs and their stored results.

-- the rule as JSON (RuleJson: the structured form, never code), the benefit formula and the payout year
create table policy_rule (
    policy_id        bigint        not null primary key references policy_draft (id),
    rule_json        varchar(16000) not null,
    benefit_kind     varchar(20)   not null,
    benefit_fixed    decimal(18,2),
    benefit_percent  decimal(9,4),
    benefit_figure   varchar(30),
    benefit_year     integer,
    benefit_cap      decimal(18,2),
    period_year      integer       not null,
    updated_by       varchar(40)   not null,
    updated_at       timestamp     not null
);

-- each run: when, by whom (a login, or 'system' for the daily job), how long, what it found
create table policy_match_run (
    id           bigint generated always as identity primary key,
    run_day      date          not null,
    started_by   varchar(40)   not null,
    started_at   timestamp     not null,
    finished_at  timestamp,
    state        varchar(20)   not null,
    policies     integer       not null,
    enterprises  integer       not null,
    matches      integer       not null,
    near_misses  integer       not null,
    message      varchar(2000)
);

-- the current result per policy and enterprise: a match (M, with its amount) or a near-miss (N, with the index of
-- the requirement it fails); replaced per policy in one transaction by a run, per enterprise by a re-evaluation
create table policy_match (
    policy_id        bigint        not null references policy_draft (id),
    uscc             varchar(18)   not null,
    kind             char(1)       not null,
    failed           integer,
    amount           decimal(18,2),
    enterprise_name  varchar(200),
    since            timestamp     not null,
    primary key (policy_id, uscc)
);

create index policy_match_uscc on policy_match (uscc);
create index policy_match_policy_kind on policy_match (policy_id, kind);
