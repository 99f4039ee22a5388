-- Two sides of the table: a role is for staff or for enterprise users (EXTERNAL), never both, so that a staff
-- permission does not reach an enterprise's representative and the other way round. Existing roles are staff roles,
-- except the demo's enterprise role.
alter table app_role add column user_kind varchar(10) not null default 'STAFF';
alter table app_role add constraint app_role_user_kind check (user_kind in ('STAFF', 'EXTERNAL'));
update app_role set user_kind = 'EXTERNAL' where code = 'enterprise';

-- An enterprise's own administrator (one or more of the people who represent it) invites and disables colleagues.
insert into app_role (code, name_zh, name_en, scope_kind, department_code, platform_admin, user_kind)
    values ('enterprise-admin', '企业管理员', 'Enterprise administrator', 'OWN', null, false, 'EXTERNAL');
insert into role_permission (role_code, permission) values ('enterprise-admin', 'identity.colleagues.manage');

-- the colleagues of an enterprise are looked up by its code
create index app_user_uscc_idx on app_user (uscc);
