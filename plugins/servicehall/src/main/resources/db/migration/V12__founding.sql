-- 新设企业免费代办 + 免费刻制一套公章: the purchased-service contracts (with the contracted agency and the contracted
-- seal engraver: external organisations, known by their USCC) and the founders' orders. Each order is charged to the
-- contract at its unit price when it is placed (the agency's) and when the seals are ordered (the engraver's), by one
-- conditional update (used + unit price <= amount), so a contract is never overspent.
create table founding_contract (
    id              bigint generated always as identity primary key,
    contract_no     varchar(40)   not null unique,
    kind            varchar(10)   not null,   -- AGENCY, ENGRAVING
    supplier_uscc   varchar(18)   not null,
    supplier_name   varchar(200)  not null,
    amount          decimal(18,2) not null,
    unit_price      decimal(18,2) not null,
    used            decimal(18,2) not null,
    starts_on       date          not null,
    ends_on         date          not null,
    department_code varchar(40)   not null,
    created_at      timestamp     not null
);

create table founding_order (
    id                   bigint generated always as identity primary key,
    order_no             varchar(20)   not null unique,
    state                varchar(14)   not null,
    founder_name         varchar(50)   not null,
    founder_mobile       varchar(20)   not null,
    proposed_name        varchar(200)  not null,
    entity_type          varchar(12)   not null,   -- LLC, SOLE, PARTNERSHIP, INDIVIDUAL
    address              varchar(200)  not null,
    agency_contract_id   bigint        not null references founding_contract (id),
    agency_uscc          varchar(18)   not null,
    agency_cost          decimal(18,2) not null,
    taken_by             varchar(40),
    taken_at             timestamp,
    uscc                 varchar(18),
    registered_name      varchar(200),
    registered_on        date,
    registry_linked      smallint,
    engraver_contract_id bigint        references founding_contract (id),
    engraver_uscc        varchar(18),
    seal_cost            decimal(18,2),
    seals_ordered_at     timestamp,
    seals_made_at        timestamp,
    handed_over_at       timestamp,
    handed_to            varchar(50),
    department_code      varchar(40)   not null,
    created_at           timestamp     not null
);

create index founding_order_agency on founding_order (agency_uscc, state);
create index founding_order_engraver on founding_order (engraver_uscc, state);
