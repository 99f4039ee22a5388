alter table party add column email varchar(100);
insert into party (id, name) values (2, '第二个当事人');
create table this is not valid sql;
