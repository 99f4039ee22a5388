-- 告知承诺制 (commitment-based approval, 国办发〔2020〕42号). The item catalogue is data (commitment/items.csv, loaded
-- when the table is empty); an item that does not allow commitment (high risk, or directly concerning public safety,
-- health and life where the catalogue says so) is refused that route. post_check_months 0: no commitment route.
create table commitment_item (
    code               varchar(40)   not null primary key,
    name_zh            varchar(200)  not null,
    name_en            varchar(300)  not null,
    authority          varchar(100)  not null,
    commitment_allowed smallint      not null,
    risk               varchar(10)   not null,
    safety             smallint      not null,
    check_months       int           not null,
    check_mode         varchar(20)   not null,
    conditions         varchar(2000) not null,
    sort_order         int           not null
);

-- One commitment signed by an enterprise's user: the written notice's text and version as read, who signed and when,
-- and the approval given at once. state: APPROVED (post-check pending or rectifying), VERIFIED (the check passed or
-- rectification confirmed), REVOKED (not rectified in time, or a false commitment found).
create table commitment (
    id              bigint generated always as identity primary key,
    approval_no     varchar(40)   not null,
    item_code       varchar(40)   not null,
    uscc            char(18)      not null,
    enterprise_name varchar(200)  not null,
    notice_version  varchar(40)   not null,
    notice_text     varchar(6000) not null,
    signer          varchar(100)  not null,
    signed_by       varchar(40)   not null,
    signed_at       timestamp     not null,
    approved_on     date          not null,
    state           varchar(20)   not null,
    revoked_on      date,
    revoke_reason   varchar(1000),
    department_code varchar(40)   not null,
    constraint commitment_approval_unique unique (approval_no)
);
create index commitment_uscc on commitment (uscc, item_code);
create index commitment_department on commitment (department_code, state);

-- The post-check of a commitment (事后核查) joins the existing post-check records, so that what already reads open
-- post-checks (minimal renewal) sees these too. state: DUE → PASSED | RECTIFYING → RECTIFIED | REVOKED.
alter table post_check add column commitment_id bigint;
alter table post_check add column due_on date;
alter table post_check add column check_mode varchar(20);
alter table post_check add column state varchar(20);
alter table post_check add column finding varchar(1000);
alter table post_check add column rectify_by date;
alter table post_check add column checked_by varchar(40);
alter table post_check add column checked_at timestamp;
alter table post_check add column department_code varchar(40) default 'market';
update post_check set state = case when closed_on is null then 'DUE' else 'PASSED' end, department_code = 'market';
create index post_check_due on post_check (state, due_on);
create index post_check_commitment on post_check (commitment_id);

-- Credit marks this plugin wrote (承诺失信: not rectified and revoked; 虚假承诺: a false commitment). The registry's
-- facts carry the same mark (registry_mark_id) for every reader; this table keeps what the refusals and the credit
-- grading need: whose, why, and whether repaired (信用修复).
create table commitment_mark (
    id               bigint generated always as identity primary key,
    uscc             char(18)      not null,
    commitment_id    bigint        not null,
    kind             varchar(20)   not null,
    mark             varchar(40)   not null,
    reason           varchar(1000) not null,
    set_on           date          not null,
    registry_mark_id bigint,
    repaired_on      date,
    repaired_by      varchar(40),
    repair_reason    varchar(1000),
    set_by           varchar(40)   not null,
    set_at           timestamp     not null
);
create index commitment_mark_uscc on commitment_mark (uscc);

-- Bans after deception (Administrative Licensing Law arts. 78–79): no new application for the item until ends_on.
create table commitment_ban (
    id            bigint generated always as identity primary key,
    uscc          char(18)      not null,
    item_code     varchar(40)   not null,
    commitment_id bigint        not null,
    starts_on     date          not null,
    ends_on       date          not null,
    reason        varchar(1000) not null
);
create index commitment_ban_uscc on commitment_ban (uscc, item_code);
