-- The service item catalogue (事项目录): one row per item, shared with other plugins by its code. Reference data of
-- the whole centre (no department scope): every hall serves from the same catalogue.
create table service_item (
    code            varchar(20)   not null primary key,
    name            varchar(200)  not null,
    department      varchar(60)   not null,   -- 责任部门, as the catalogue names it (not always a platform department)
    item_group      varchar(20)   not null,   -- which windows serve it and whose capacity it books (ItemGroup)
    legal_days      int           not null,   -- 法定办结时限, working days
    promised_days   int           not null,   -- 承诺办结时限, working days (0: 即办件)
    online_service  smallint      not null,
    window_service  smallint      not null,
    any_hall        smallint      not null,   -- 全域通办: handled at any hall of the district
    saturday        smallint      not null,   -- 周六预约
    commitment      smallint      not null,   -- 告知承诺制 applies
    fee             decimal(18,2) not null,   -- 0: free of charge
    active          smallint      not null,
    updated_by      varchar(40)   not null,
    updated_at      timestamp     not null
);

create index service_item_group on service_item (item_group);

-- The materials an applicant brings, in order; certificate_free: 免证办, the platform fetches it (电子证照).
create table item_material (
    item_code        varchar(20)  not null references service_item (code) on delete cascade,
    position         int          not null,
    name             varchar(200) not null,
    certificate_free smallint     not null,
    primary key (item_code, position)
);
