-- Grant-to-equity (拨改投): public money invested as equity instead of grants. Amounts DECIMAL(18,2), stakes in
-- percent DECIMAL(7,4) (25.0000 is 25 %).
create table investment (
    id              bigint generated always as identity primary key,
    uscc            char(18)      not null,
    enterprise_name varchar(200)  not null,
    fund            varchar(100)  not null,
    method          varchar(30)   not null,
    amount          decimal(18,2) not null,
    stake           decimal(7,4)  not null,
    largest_other   decimal(7,4)  not null,
    invested_on     date          not null,
    department_code varchar(40)   not null,
    unicorn_on      date,
    listed_on       date,
    exit_kind       varchar(20),
    exited_on       date,
    proceeds        decimal(18,2),
    created_by      varchar(40)   not null,
    created_at      timestamp     not null,
    constraint investment_positive check (amount > 0 and stake > 0 and stake <= 100 and largest_other >= 0)
);

create index investment_uscc on investment (uscc);

-- A valuation of a holding on a date (the latest is its current value).
create table valuation (
    id              bigint generated always as identity primary key,
    investment_id   bigint        not null references investment (id),
    valued_on       date          not null,
    amount          decimal(18,2) not null,
    note            varchar(200),
    recorded_by     varchar(40)   not null,
    recorded_at     timestamp     not null,
    constraint valuation_not_negative check (amount >= 0)
);

create index valuation_investment on valuation (investment_id, valued_on);
