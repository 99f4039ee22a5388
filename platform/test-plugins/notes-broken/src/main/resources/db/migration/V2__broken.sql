alter table note add column author varchar(50);
create table this is not sql;
