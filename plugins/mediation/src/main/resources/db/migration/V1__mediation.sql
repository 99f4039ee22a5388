-- 调解组织 (mediation groups: labour, property, commercial, ...) and their members (mediators by login).
create table mediation_group (
    id       integer generated always as identity primary key,
    name_zh  varchar(100) not null,
    name_en  varchar(200) not null,
    speciality varchar(30) not null,
    active   boolean      not null
);

create table group_member (
    group_id integer     not null,
    login    varchar(40) not null,
    name     varchar(100) not null,
    lead     boolean     not null,
    -- a lay mediator's employer: a party of that enterprise means recusal (回避)
    employer_uscc varchar(18),
    primary key (group_id, login),
    constraint group_member_group foreign key (group_id) references mediation_group (id)
);

-- A mediator's declared relationships (回避): a person's ID number or an enterprise's USCC they are linked to.
create table mediator_relation (
    id          integer generated always as identity primary key,
    login       varchar(40)  not null,
    party_key   varchar(30)  not null,
    description varchar(200) not null
);

-- Yearly case numbers: 崂调〔2026〕0001号.
create table case_number_counter (
    case_year integer not null primary key,
    last_seq  integer not null
);

create table mediation_case (
    id                   integer generated always as identity primary key,
    case_number          varchar(30)   not null unique,
    case_type            varchar(30)   not null,
    channel              varchar(30)   not null,
    state                varchar(20)   not null,
    facts                varchar(4000) not null,
    claims               varchar(2000),
    claim_amount         decimal(15, 2),
    applied_on           date          not null,
    deadline             date          not null,
    registered_at        timestamp     not null,
    registered_by        varchar(40)   not null,
    group_id             integer,
    mediator_login       varchar(40),
    decline_reason       varchar(1000),
    agreement_terms      varchar(4000),
    agreed_amount        decimal(15, 2),
    performance_deadline date,
    referral             varchar(20),
    outcome_note         varchar(2000),
    outcome_on           date,
    settled_on_spot      boolean       not null,
    follow_up_note       varchar(2000),
    honoured             boolean,
    closed_on            date,
    constraint mediation_case_group foreign key (group_id) references mediation_group (id)
);

create table party (
    id        integer generated always as identity primary key,
    case_id   integer      not null,
    role      varchar(12)  not null,
    is_enterprise boolean  not null,
    name      varchar(200) not null,
    id_number varchar(18),
    uscc      varchar(18),
    phone     varchar(30),
    constraint party_case foreign key (case_id) references mediation_case (id)
);

create table case_session (
    id         integer generated always as identity primary key,
    case_id    integer       not null,
    held_at    timestamp     not null,
    place      varchar(200)  not null,
    online     boolean       not null,
    attendees  varchar(1000) not null,
    notes      varchar(4000),
    recorded_by varchar(40)  not null,
    constraint case_session_case foreign key (case_id) references mediation_case (id)
);

create index mediation_case_state_idx on mediation_case (state, deadline);
create index mediation_case_mediator_idx on mediation_case (mediator_login, state);
create index party_case_idx on party (case_id);
create index case_session_case_idx on case_session (case_id);
