create table attachment (id int not null primary key, content bytea);
