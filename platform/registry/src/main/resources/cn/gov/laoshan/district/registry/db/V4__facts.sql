-- Enterprise facts (企业事实): yearly figures, qualifications, street and park, credit marks, and one version row
-- that every change of a fact or an enterprise's credit grade raises in its own transaction (snapshots compare it).
-- Portable between Derby 10.16 and PostgreSQL. Figures are keyed kind/year first: a snapshot column is one range.
create table enterprise_figure (
    kind        varchar(24)     not null,
    fig_year    integer         not null,
    uscc        char(18)        not null,
    amount      decimal(20, 2)  not null,
    source      varchar(100)    not null,
    as_of       date            not null,
    primary key (kind, fig_year, uscc)
);
create index enterprise_figure_uscc on enterprise_figure (uscc);

-- the kinds of qualification are data: a new one is a row, not a code change
create table qualification_type (
    code        varchar(24)   not null primary key,
    name_zh     varchar(100)  not null,
    name_en     varchar(100)  not null
);
insert into qualification_type (code, name_zh, name_en) values ('HNTE', '高新技术企业', 'High and new technology enterprise');
insert into qualification_type (code, name_zh, name_en) values ('SRDI', '专精特新中小企业', 'Specialised and innovative SME');
insert into qualification_type (code, name_zh, name_en) values ('LITTLE_GIANT', '专精特新"小巨人"', 'Specialised and innovative "little giant"');
insert into qualification_type (code, name_zh, name_en) values ('TSME', '科技型中小企业', 'Technology-based SME');
insert into qualification_type (code, name_zh, name_en) values ('GAZELLE', '瞪羚企业', 'Gazelle enterprise');

create table enterprise_qualification (
    type         varchar(24)  not null,
    uscc         char(18)     not null,
    valid_from   date         not null,
    valid_until  date         not null,
    certificate  varchar(60),
    primary key (type, uscc)
);
create index enterprise_qualification_uscc on enterprise_qualification (uscc);

create table enterprise_location (
    uscc    char(18)      not null primary key,
    street  varchar(40),
    park    varchar(100)
);

create table enterprise_credit_mark (
    id       bigint         generated always as identity primary key,
    uscc     char(18)       not null,
    mark     varchar(40)    not null,
    reason   varchar(500)   not null,
    set_by   varchar(100)   not null,
    set_at   timestamp      not null,
    holds_until  date
);
create index enterprise_credit_mark_uscc on enterprise_credit_mark (uscc);

create table facts_version (
    id       integer  not null primary key,
    version  bigint   not null
);
insert into facts_version (id, version) values (1, 0);
