-- Policy drafts (制单子) and the policy list (政策清单). A draft belongs to the department that drafts it
-- (department scope in every read and change). Its sources (suggestions, reserve-library entries) are referenced
-- by id only: they live in the suggestion side's tables, which may change shape on their own.
create table policy_draft (
    id               bigint generated always as identity primary key,
    title            varchar(200)  not null,
    issuer           varchar(100)  not null,
    topic            varchar(30)   not null,
    body             varchar(8000) not null,
    benefits         varchar(2000) not null,
    eligibility      varchar(2000) not null,
    valid_from       date          not null,
    valid_to         date          not null,
    budget           decimal(18,2),
    department_code  varchar(40)   not null,
    state            varchar(20)   not null,
    fair_review_id   bigint,
    notice_id        bigint,
    comment_from     date,
    comment_to       date,
    legal_review_id  bigint,
    batch_no         integer,
    item_no          integer,
    published_on     date,
    created_by       varchar(40)   not null,
    created_at       timestamp     not null,
    constraint policy_draft_item unique (batch_no, item_no)
);

create index policy_draft_department_state on policy_draft (department_code, state);
create index policy_draft_batch on policy_draft (batch_no);

-- kind: SUGGESTION or RESERVE (an entry of the policy reserve library, which holds groups and single suggestions)
create table policy_draft_source (
    draft_id   bigint      not null references policy_draft (id),
    kind       varchar(20) not null,
    source_id  bigint      not null,
    primary key (draft_id, kind, source_id)
);

-- the drafter's fair-competition self-review; a draft returned by the legal reviewer gets a new one
create table policy_fair_review (
    id               bigint generated always as identity primary key,
    draft_id         bigint        not null references policy_draft (id),
    operators_heard  varchar(1000) not null,
    operators_said   varchar(2000) not null,
    reviewed_by      varchar(40)   not null,
    reviewed_at      timestamp     not null
);

create table policy_fair_answer (
    review_id  bigint        not null references policy_fair_review (id),
    category   varchar(30)   not null,
    restricts  smallint      not null,
    reasons    varchar(2000) not null,
    primary key (review_id, category)
);

-- the submission to the legality review carries the fair-competition review it was made with
create table policy_legal_review (
    id              bigint generated always as identity primary key,
    draft_id        bigint        not null references policy_draft (id),
    fair_review_id  bigint        not null references policy_fair_review (id),
    submitted_by    varchar(40)   not null,
    submitted_at    timestamp     not null,
    outcome         varchar(20),
    reviewer        varchar(40),
    reasons         varchar(2000),
    decided_at      timestamp
);

create table policy_draft_comment (
    id            bigint generated always as identity primary key,
    draft_id      bigint        not null references policy_draft (id),
    uscc          varchar(18),
    login         varchar(40)   not null,
    display_name  varchar(100)  not null,
    body          varchar(2000) not null,
    commented_at  timestamp     not null,
    answer        varchar(2000),
    answered_by   varchar(40),
    answered_at   timestamp
);


create table policy_batch (
    batch_no      integer      not null primary key,
    title         varchar(200) not null,
    published_on  date         not null
);
