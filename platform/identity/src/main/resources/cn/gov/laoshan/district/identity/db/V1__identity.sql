-- Departments (部门): a tree, district → bureau → office.
create table department (
    code        varchar(40)  not null primary key,
    name_zh     varchar(100) not null,
    name_en     varchar(200) not null,
    parent_code varchar(40),
    sort_order  integer      not null,
    constraint department_parent foreign key (parent_code) references department (code)
);

-- Users: staff of a department, or external users representing an enterprise (by USCC).
create table app_user (
    login                varchar(40)  not null primary key,
    display_name         varchar(100) not null,
    kind                 varchar(10)  not null,
    department_code      varchar(40),
    uscc                 varchar(18),
    phone                varchar(30),
    email                varchar(200),
    status               varchar(10)  not null,
    password_hash        varchar(200) not null,
    must_change_password boolean      not null,
    password_changed_at  timestamp    not null,
    failed_attempts      integer      not null,
    locked_until         timestamp,
    created_at           timestamp    not null,
    constraint app_user_department foreign key (department_code) references department (code),
    constraint app_user_kind check (kind in ('STAFF', 'EXTERNAL')),
    constraint app_user_status check (status in ('ACTIVE', 'LOCKED', 'DISABLED'))
);

-- Roles: sets of permissions. scope_kind: ALL (district-wide), OWN (the user's own department and its
-- sub-departments), DEPARTMENT (department_code and its sub-departments).
create table app_role (
    code            varchar(40)  not null primary key,
    name_zh         varchar(100) not null,
    name_en         varchar(200) not null,
    scope_kind      varchar(12)  not null,
    department_code varchar(40),
    platform_admin  boolean      not null,
    constraint app_role_department foreign key (department_code) references department (code),
    constraint app_role_scope check (scope_kind in ('ALL', 'OWN', 'DEPARTMENT'))
);

create table role_permission (
    role_code  varchar(40)  not null,
    permission varchar(100) not null,
    primary key (role_code, permission),
    constraint role_permission_role foreign key (role_code) references app_role (code) on delete cascade
);

create table user_role (
    login     varchar(40) not null,
    role_code varchar(40) not null,
    primary key (login, role_code),
    constraint user_role_user foreign key (login) references app_user (login) on delete cascade,
    constraint user_role_role foreign key (role_code) references app_role (code) on delete cascade
);

create index app_user_department_idx on app_user (department_code);
