-- 包容审慎监管 (lenient enforcement): the lists of behaviours not penalised, as data. A list has its issuer and
-- document (SAMR's national lists first; Shandong's and Qingdao's lists are further rows of the same tables), and its
-- kind: FIRST (首违不罚: first offence, harm slight, corrected in time — "may not penalise", 行政处罚法 art. 33(1) second
-- sentence) or MINOR (轻微违法行为不予处罚: minor, no harmful consequence, corrected in time — "not penalised", art. 33(1)).
create table lenient_list (
    code          varchar(40)  not null primary key,
    name_zh       varchar(200) not null,
    name_en       varchar(300) not null,
    issuer_zh     varchar(100) not null,
    issuer_en     varchar(200) not null,
    document_no   varchar(60)  not null,
    level         varchar(10)  not null,
    kind          varchar(10)  not null,
    effective_on  date         not null,
    sort_order    int          not null
);

-- One behaviour on a list: the legal basis, the item's own conditions (the common ones follow from the list's kind),
-- the correction required, and an item limit on the goods' value when the item sets one (yuan).
create table lenient_item (
    code              varchar(40)   not null primary key,
    list_code         varchar(40)   not null,
    sort_order        int           not null,
    behaviour_zh      varchar(500)  not null,
    behaviour_en      varchar(500)  not null,
    legal_basis       varchar(1000) not null,
    item_conditions   varchar(1000) not null,
    correction        varchar(500)  not null,
    goods_value_limit decimal(12,2)
);
create index lenient_item_list on lenient_item (list_code, sort_order);

-- A violation case joins the existing violation records (which minimal renewal reads): the behaviour (a list item,
-- or none), the facts, the goods' value, the correction ordered and when it was done, and the staff's decision with
-- its reasons. Earlier violations (before V7) carry no item: their type is unknown to the decision helper.
alter table violation add column case_no varchar(40);
alter table violation add column enterprise_name varchar(200);
alter table violation add column item_code varchar(40);
alter table violation add column facts varchar(2000);
alter table violation add column goods_value decimal(14,2);
alter table violation add column harm varchar(10);
alter table violation add column item_conditions_met smallint;
alter table violation add column correction_ordered varchar(500);
alter table violation add column correct_by date;
alter table violation add column corrected_on date;
alter table violation add column decision varchar(30);
alter table violation add column decision_reasons varchar(2000);
alter table violation add column decided_by varchar(40);
alter table violation add column decided_at timestamp;
alter table violation add column department_code varchar(40) default 'market';
update violation set department_code = 'market';
create index violation_item on violation (uscc, item_code, occurred_on);
create index violation_decided on violation (department_code, decided_at);
