-- 帮办代办 / 入户办: the district's three levels of helpers (the centre, the street centres, the community stations),
-- the routing table that sends a request by its address to a street's or a community's helpers (data, kept by the
-- centre's administrators), and the requests from intake to the item's result.
create table helper_group (
    code        varchar(20)  not null primary key,
    name        varchar(100) not null,
    group_level varchar(12)  not null,   -- HallLevel: DISTRICT, STREET, COMMUNITY
    street      varchar(40),             -- the street (街道) it serves; null for the district's group
    hall_code   varchar(20)  references hall (code)
);

create table helper_member (
    group_code varchar(20) not null references helper_group (code),
    login      varchar(40) not null,
    primary key (group_code, login)
);

-- street + community → group; community '' is the whole street (every community without a route of its own)
create table helper_route (
    street     varchar(40) not null,
    community  varchar(40) not null,
    group_code varchar(20) not null references helper_group (code),
    primary key (street, community)
);

create table help_request (
    id               bigint generated always as identity primary key,
    request_no       varchar(20)  not null unique,
    state            varchar(12)  not null,
    channel          varchar(8)   not null,   -- PHONE, WINDOW, ONLINE
    help_mode        varchar(12)  not null,   -- HOME_VISIT, AT_HALL
    caller_name      varchar(50)  not null,
    caller_mobile    varchar(20)  not null,
    person_name      varchar(50)  not null,   -- whom the help is for (the caller, or an elderly or disabled relative)
    person_id_number varchar(18)  not null,
    relation         varchar(20),             -- the caller's relation to the person; null when for oneself
    need             varchar(10)  not null,   -- ELDERLY, DISABLED, OTHER
    item_code        varchar(20)  not null references service_item (code),
    address          varchar(200) not null,
    street           varchar(40),
    community        varchar(40),
    group_code       varchar(20)  not null references helper_group (code),
    preferred_on     date         not null,
    preferred_period varchar(10)  not null,   -- MORNING, AFTERNOON
    assignee         varchar(40),
    visited_at       timestamp,
    materials        varchar(1000),
    consent_by       varchar(50),             -- who consented (the person, or their guardian)
    consent_how      varchar(12),             -- SIGNED, FINGERPRINT, RECORDED_CALL, WITNESSED
    consent_at       timestamp,
    consent_recorded_by varchar(40),
    submitted_at     timestamp,
    submission_ref   varchar(60),             -- the item's application number in the approval system
    result           varchar(10),             -- GRANTED, REFUSED
    result_note      varchar(500),
    completed_at     timestamp,
    department_code  varchar(40)  not null,
    created_by       varchar(40)  not null,
    created_at       timestamp    not null
);

create index help_request_state on help_request (state);
create index help_request_group on help_request (group_code);

insert into helper_group (code, name, group_level, street, hall_code) values ('BB-ZX', '区政务服务中心帮办代办组', 'DISTRICT', null, 'ZX');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-ZH', '中韩街道帮办代办组', 'STREET', '中韩街道', 'ZH');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-SZK', '沙子口街道帮办代办组', 'STREET', '沙子口街道', 'SZK');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-WGZ', '王哥庄街道帮办代办组', 'STREET', '王哥庄街道', 'WGZ');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-BZ', '北宅街道帮办代办组', 'STREET', '北宅街道', 'BZ');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-JJL', '金家岭街道帮办代办组', 'STREET', '金家岭街道', 'JJL');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-ZH-01', '东城社区帮办员', 'COMMUNITY', '中韩街道', 'ZH-01');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-SZK-01', '沙子口社区帮办员', 'COMMUNITY', '沙子口街道', 'SZK-01');
insert into helper_group (code, name, group_level, street, hall_code) values ('BB-JJL-01', '株洲路社区帮办员', 'COMMUNITY', '金家岭街道', 'JJL-01');

insert into helper_route (street, community, group_code) values ('中韩街道', '', 'BB-ZH');
insert into helper_route (street, community, group_code) values ('沙子口街道', '', 'BB-SZK');
insert into helper_route (street, community, group_code) values ('王哥庄街道', '', 'BB-WGZ');
insert into helper_route (street, community, group_code) values ('北宅街道', '', 'BB-BZ');
insert into helper_route (street, community, group_code) values ('金家岭街道', '', 'BB-JJL');
insert into helper_route (street, community, group_code) values ('中韩街道', '东城社区', 'BB-ZH-01');
insert into helper_route (street, community, group_code) values ('沙子口街道', '沙子口社区', 'BB-SZK-01');
insert into helper_route (street, community, group_code) values ('金家岭街道', '株洲路社区', 'BB-JJL-01');
