-- The plugin's records; each belongs to one department (department scope in every read and change).
create table item (
    id              bigint generated always as identity primary key,
    title           varchar(200) not null,
    applicant       varchar(100) not null,
    phone           varchar(20)  not null,
    received_on     date         not null,
    department_code varchar(40)  not null,
    state           varchar(20)  not null,
    created_by      varchar(40)  not null,
    created_at      timestamp    not null
);

create index item_department_state on item (department_code, state);
