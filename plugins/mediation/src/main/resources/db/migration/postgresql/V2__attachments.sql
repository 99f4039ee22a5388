-- Attachments are kept in the database (a binary column: blob on Derby, bytea on PostgreSQL).
create table attachment (
    id           integer generated always as identity primary key,
    case_id      integer      not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    content      bytea         not null,
    uploaded_at  timestamp    not null,
    uploaded_by  varchar(40)  not null,
    constraint attachment_case foreign key (case_id) references mediation_case (id)
);
create index attachment_case_idx on attachment (case_id);
