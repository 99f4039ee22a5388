-- The plugin jars every node installs from (issue 24 item 2), kept once by their SHA-256: a node that lacks the jar a
-- desired state names (plugin_desired) fetches it from here. A binary column has no portable name (blob on Derby,
-- bytea on PostgreSQL), hence a migration per database, in a history of its own (migrations_console_store), as the
-- registry keeps its snapshot store. Jars are at most 50 MB (the console's upload limit).
create table plugin_jar (
    sha256        varchar(64)  not null primary key,
    symbolic_name varchar(200) not null,
    version       varchar(100) not null,
    size_bytes    bigint       not null,
    content       blob(64M) not null,
    stored_at     timestamp    not null,
    stored_by     varchar(100) not null
);
