-- Configuration shared by every node on one database (issue 24): what the console of any node saved, by PID, each
-- save numbered by one counter so that a node applies what it has not seen yet, in order. properties is null for a
-- configuration reset to its defaults. Only on a database several nodes share (not embedded Derby).
create table config_shared (
    pid        varchar(200)   not null primary key,
    properties varchar(32000),
    revision   bigint         not null,
    node       varchar(100)   not null,
    changed_at timestamp      not null
);
create index config_shared_revision on config_shared (revision);

-- The counter: one row, incremented in the transaction that writes a configuration, so saves are numbered in the
-- order they commit (the row lock orders them).
create table config_shared_counter (
    id       int    not null primary key,
    revision bigint not null
);
insert into config_shared_counter (id, revision) values (1, 0);
