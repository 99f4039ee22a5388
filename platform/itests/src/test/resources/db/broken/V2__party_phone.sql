alter table party add column phone varchar(20);
insert into party (id, name, phone) values (1, '青岛崂山某科技有限公司', '0532-88886666');
