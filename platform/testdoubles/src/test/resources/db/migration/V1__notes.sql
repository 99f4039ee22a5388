-- a portable migration: a semicolon inside a literal is SQL, not the end of a statement
create table note (id int not null primary key, text varchar(200) not null);
insert into note (id, text) values (1, '第一条;不是两条');
