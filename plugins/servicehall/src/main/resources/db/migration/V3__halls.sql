-- Halls (the district centre, street centres, community stations), their opening hours per day of the week
-- (day 6 = the Saturday hours of the Saturday items) and their windows with the item groups they serve.
create table hall (
    code         varchar(20)  not null primary key,
    name         varchar(100) not null,
    hall_level   varchar(12)  not null,
    address      varchar(200) not null,
    slot_minutes int          not null,
    team_leader  varchar(40)
);

create table hall_hours (
    hall_code varchar(20) not null references hall (code),
    weekday   smallint    not null,   -- 1 Monday ... 7 Sunday (ISO)
    opens     time        not null,
    closes    time        not null,
    primary key (hall_code, weekday, opens)
);

create table hall_window (
    hall_code   varchar(20)  not null references hall (code),
    number      int          not null,
    item_groups varchar(200) not null,   -- ItemGroup names, comma-separated
    staff_login varchar(40),
    primary key (hall_code, number)
);

insert into hall (code, name, hall_level, address, slot_minutes) values ('ZX', '崂山区政务服务中心', 'DISTRICT', '崂山区政务服务中心一楼、二楼大厅', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 5, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZX', 6, '09:00:00', '12:00:00');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 1, 'ESTATE');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 2, 'ESTATE');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 3, 'ESTATE');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 4, 'ESTATE');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 5, 'EXIT');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 6, 'EXIT');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 7, 'HUKOU');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 8, 'HUKOU');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 9, 'MARRIAGE');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 10, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 11, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 12, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 13, 'MARKET');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 14, 'MARKET');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 15, 'TAX');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 16, 'FUND');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 17, 'HEALTH');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 18, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 19, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('ZX', 20, 'GENERAL');
insert into hall (code, name, hall_level, address, slot_minutes) values ('ZH', '中韩街道便民服务中心', 'STREET', '崂山区中韩街道', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 5, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH', 6, '09:00:00', '12:00:00');
insert into hall_window (hall_code, number, item_groups) values ('ZH', 1, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('ZH', 2, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('ZH', 3, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('ZH', 4, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('ZH', 5, 'FUND,TAX');
insert into hall (code, name, hall_level, address, slot_minutes) values ('SZK', '沙子口街道便民服务中心', 'STREET', '崂山区沙子口街道', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 5, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK', 6, '09:00:00', '12:00:00');
insert into hall_window (hall_code, number, item_groups) values ('SZK', 1, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('SZK', 2, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('SZK', 3, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('SZK', 4, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('SZK', 5, 'FUND,TAX');
insert into hall (code, name, hall_level, address, slot_minutes) values ('WGZ', '王哥庄街道便民服务中心', 'STREET', '崂山区王哥庄街道', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('WGZ', 5, '13:30:00', '17:00:00');
insert into hall_window (hall_code, number, item_groups) values ('WGZ', 1, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('WGZ', 2, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('WGZ', 3, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('WGZ', 4, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('WGZ', 5, 'FUND,TAX');
insert into hall (code, name, hall_level, address, slot_minutes) values ('BZ', '北宅街道便民服务中心', 'STREET', '崂山区北宅街道', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('BZ', 5, '13:30:00', '17:00:00');
insert into hall_window (hall_code, number, item_groups) values ('BZ', 1, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('BZ', 2, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('BZ', 3, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('BZ', 4, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('BZ', 5, 'FUND,TAX');
insert into hall (code, name, hall_level, address, slot_minutes) values ('JJL', '金家岭街道便民服务中心', 'STREET', '崂山区金家岭街道', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 1, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 1, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 2, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 2, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 3, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 3, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 4, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 4, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 5, '09:00:00', '12:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 5, '13:30:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL', 6, '09:00:00', '12:00:00');
insert into hall_window (hall_code, number, item_groups) values ('JJL', 1, 'SOCIAL');
insert into hall_window (hall_code, number, item_groups) values ('JJL', 2, 'MEDICAL');
insert into hall_window (hall_code, number, item_groups) values ('JJL', 3, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('JJL', 4, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('JJL', 5, 'FUND,TAX');
insert into hall (code, name, hall_level, address, slot_minutes) values ('ZH-01', '中韩街道东城社区便民服务站', 'COMMUNITY', '崂山区中韩街道东城社区', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 1, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 1, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 2, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 2, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 3, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 3, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 4, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 4, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 5, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('ZH-01', 5, '14:00:00', '17:00:00');
insert into hall_window (hall_code, number, item_groups) values ('ZH-01', 1, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('ZH-01', 2, 'SOCIAL,MEDICAL');
insert into hall (code, name, hall_level, address, slot_minutes) values ('SZK-01', '沙子口街道沙子口社区便民服务站', 'COMMUNITY', '崂山区沙子口街道沙子口社区', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 1, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 1, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 2, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 2, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 3, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 3, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 4, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 4, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 5, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('SZK-01', 5, '14:00:00', '17:00:00');
insert into hall_window (hall_code, number, item_groups) values ('SZK-01', 1, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('SZK-01', 2, 'SOCIAL,MEDICAL');
insert into hall (code, name, hall_level, address, slot_minutes) values ('JJL-01', '金家岭街道株洲路社区便民服务站', 'COMMUNITY', '崂山区金家岭街道株洲路社区', 30);
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 1, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 1, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 2, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 2, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 3, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 3, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 4, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 4, '14:00:00', '17:00:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 5, '09:00:00', '11:30:00');
insert into hall_hours (hall_code, weekday, opens, closes) values ('JJL-01', 5, '14:00:00', '17:00:00');
insert into hall_window (hall_code, number, item_groups) values ('JJL-01', 1, 'GENERAL');
insert into hall_window (hall_code, number, item_groups) values ('JJL-01', 2, 'SOCIAL,MEDICAL');
