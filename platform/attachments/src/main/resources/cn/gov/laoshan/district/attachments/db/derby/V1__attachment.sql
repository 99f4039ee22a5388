-- Files kept with any plugin's records; the content is a binary column (blob), written and read as a stream.
-- origin names a plugin's own earlier copy that was taken over (mediation.attachment:17), so a move is done once.
create table attachment (
    id            integer generated always as identity primary key,
    plugin        varchar(40)  not null,
    record_type   varchar(60)  not null,
    record_id     varchar(80)  not null,
    file_name     varchar(255) not null,
    kind          varchar(10)  not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    content       blob not null,
    uploaded_at   timestamp    not null,
    uploaded_by   varchar(40)  not null,
    uploader_name varchar(100) not null,
    origin        varchar(120),
    constraint attachment_origin unique (origin)
);
create index attachment_record_idx on attachment (plugin, record_type, record_id);
