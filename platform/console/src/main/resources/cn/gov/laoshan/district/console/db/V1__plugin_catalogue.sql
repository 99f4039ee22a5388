-- The approved catalogue (issue 27): plugin versions a platform administrator approved for a department, their jar
-- kept by SHA-256 under <home>/data/plugin-catalogue/. Withdrawing keeps the row (who approved what stays known).
create table plugin_catalogue (
    sha256          varchar(64)   not null primary key,
    symbolic_name   varchar(200)  not null,
    version         varchar(100)  not null,
    department_code varchar(64)   not null,
    release_notes   varchar(4000) not null,
    migrations      varchar(4000) not null,
    requirements    varchar(4000) not null,
    approved_by     varchar(100)  not null,
    approved_at     timestamp     not null,
    withdrawn_by    varchar(100),
    withdrawn_at    timestamp
);
create index plugin_catalogue_name on plugin_catalogue (symbolic_name);

-- What was installed from the catalogue, newest last: the roll back goes to the version installed before.
create table plugin_catalogue_history (
    id              bigint        generated always as identity primary key,
    symbolic_name   varchar(200)  not null,
    sha256          varchar(64)   not null,
    version         varchar(100)  not null,
    department_code varchar(64)   not null,
    action          varchar(20)   not null,
    done_by         varchar(100)  not null,
    done_at         timestamp     not null
);
create index plugin_catalogue_history_name on plugin_catalogue_history (symbolic_name);
