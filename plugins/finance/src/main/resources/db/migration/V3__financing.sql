-- Financing matchmaking (金企通): banks (each an organisation of the registry, its staff external users bound to its
-- USCC), their loan products with eligibility criteria, enterprises' financing demands, and each demand pushed to a
-- bank with the working day its answer is due and the outcome. Amounts DECIMAL(18,2) in yuan, rates in percent a
-- year DECIMAL(6,3) (3.450 is 3.45 %).
create table bank (
    id              bigint generated always as identity primary key,
    uscc            char(18)      not null,
    name            varchar(200)  not null,
    response_days   int           not null,
    department_code varchar(40)   not null,
    created_at      timestamp     not null,
    constraint bank_uscc unique (uscc),
    constraint bank_response_days check (response_days between 1 and 30)
);

create table bank_product (
    id              bigint generated always as identity primary key,
    bank_id         bigint        not null references bank (id),
    name            varchar(100)  not null,
    kind            varchar(20)   not null,
    rate_min        decimal(6,3)  not null,
    rate_max        decimal(6,3)  not null,
    term_min        int           not null,
    term_max        int           not null,
    amount_min      decimal(18,2) not null,
    amount_max      decimal(18,2) not null,
    eligibility     varchar(1000) not null,
    criteria        varchar(1000) not null,
    response_days   int,
    active          smallint      not null,
    created_at      timestamp     not null,
    constraint bank_product_ranges check (rate_min > 0 and rate_min <= rate_max and term_min >= 1
        and term_min <= term_max and amount_min > 0 and amount_min <= amount_max),
    constraint bank_product_response_days check (response_days is null or response_days between 1 and 30)
);

create index bank_product_bank on bank_product (bank_id);

create table financing_demand (
    id              bigint generated always as identity primary key,
    uscc            char(18)      not null,
    enterprise_name varchar(200)  not null,
    amount          decimal(18,2) not null,
    term_months     int           not null,
    purpose         varchar(500)  not null,
    collateral      varchar(300),
    guarantee       varchar(300),
    state           varchar(20)   not null,
    department_code varchar(40)   not null,
    created_by      varchar(40)   not null,
    created_at      timestamp     not null,
    updated_at      timestamp     not null,
    constraint financing_demand_amount check (amount > 0 and term_months between 1 and 360)
);

create index financing_demand_uscc on financing_demand (uscc);
create index financing_demand_state on financing_demand (state);

-- A demand pushed to one product of one bank: the bank's staff see it (bank_uscc) and answer by due_on.
create table financing_push (
    id              bigint generated always as identity primary key,
    demand_id       bigint        not null references financing_demand (id),
    product_id      bigint        not null references bank_product (id),
    bank_id         bigint        not null references bank (id),
    bank_uscc       char(18)      not null,
    reasons         varchar(2000) not null,
    state           varchar(20)   not null,
    department_code varchar(40)   not null,
    pushed_by       varchar(40)   not null,
    pushed_at       timestamp     not null,
    due_on          date          not null,
    answered_by     varchar(40),
    answered_at     timestamp,
    answered_on     date,
    granted_amount  decimal(18,2),
    granted_rate    decimal(6,3),
    granted_on      date,
    declined_reason varchar(500),
    constraint financing_push_once unique (demand_id, bank_id),
    constraint financing_push_granted check (granted_amount is null or granted_amount > 0)
);

create index financing_push_bank on financing_push (bank_uscc, state);
create index financing_push_due on financing_push (state, due_on);
