create table party (
    id   integer not null primary key,
    name varchar(100) not null
);
