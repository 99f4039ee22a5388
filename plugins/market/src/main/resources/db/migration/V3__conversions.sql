-- 个转企 by direct change (直接变更): an individual business becomes an enterprise under the same USCC; the registry
-- keeps the record (its own audit is the history of the change), this table what market supervision checked.
create table conversion (
    id              bigint generated always as identity primary key,
    uscc            char(18)     not null,
    old_name        varchar(200) not null,
    new_name        varchar(200) not null,
    old_type        varchar(40)  not null,
    new_type        varchar(40)  not null,
    trade_name      varchar(40)  not null,
    tax_settled     smallint     not null,
    debts_settled   smallint     not null,
    department_code varchar(40)  not null,
    converted_by    varchar(40)  not null,
    converted_at    timestamp    not null
);
create index conversion_uscc on conversion (uscc);
