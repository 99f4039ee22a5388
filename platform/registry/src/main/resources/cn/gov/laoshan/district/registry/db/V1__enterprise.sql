-- 市场主体库: the enterprise registry, keyed by the unified social credit code (统一社会信用代码).
-- Portable between Derby 10.16 and PostgreSQL.
create table enterprise (
    uscc          char(18)      not null primary key,
    name          varchar(200)  not null,
    type          varchar(40),
    legal_rep     varchar(100),
    capital       decimal(20, 2),
    established   date,
    address       varchar(300),
    industry      varchar(5),
    status        varchar(16)   not null,
    credit        char(1),
    size_class    varchar(8),
    updated_at    timestamp     not null
);

-- the grid's default order and name searches (index-only scans with the code as tie-breaker)
create index enterprise_name on enterprise (name, uscc);
-- industry filter (prefix), sorted by name
create index enterprise_industry on enterprise (industry, name, uscc);
-- status filter, sorted by name
create index enterprise_status on enterprise (status, name, uscc);
create index enterprise_established on enterprise (established, uscc);
