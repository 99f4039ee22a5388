create table note (
    id      integer generated always as identity primary key,
    text    varchar(500) not null,
    created timestamp not null
);
