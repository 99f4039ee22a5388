-- Sessions end when access ends: every change that takes access away from a user (disabled, locked, roles or
-- department changed, password reset or changed) counts this up; a session remembers the value it signed in with
-- and is ended on its next request when the two differ.
alter table app_user add column access_version integer not null default 0;

-- Departments apart: the shared department-admin role no longer carries plugins' permissions (it gave every
-- bureau's admin mediation's groups and housing's templates). Each bureau's admin role holds its own department's
-- permissions, scoped to that department. On a fresh database nothing matches here; the demo seeding makes them.
delete from role_permission where role_code = 'department-admin'
    and permission in ('mediation.group.admin', 'housing.template.manage');

insert into app_role (code, name_zh, name_en, scope_kind, department_code, platform_admin)
    select 'justice-admin', '司法局业务管理员', 'Justice Bureau business administrator', 'DEPARTMENT', code, false
    from department where code = 'justice';
insert into role_permission (role_code, permission) select code, 'mediation.case.read' from app_role where code = 'justice-admin';
insert into role_permission (role_code, permission) select code, 'mediation.case.register' from app_role where code = 'justice-admin';
insert into role_permission (role_code, permission) select code, 'mediation.case.assign' from app_role where code = 'justice-admin';
insert into role_permission (role_code, permission) select code, 'mediation.case.mediate' from app_role where code = 'justice-admin';
insert into role_permission (role_code, permission) select code, 'mediation.case.close' from app_role where code = 'justice-admin';
insert into role_permission (role_code, permission) select code, 'mediation.group.admin' from app_role where code = 'justice-admin';
insert into user_role (login, role_code)
    select u.login, 'justice-admin' from app_user u, app_role r where u.login = 'sfj-admin' and r.code = 'justice-admin';

insert into app_role (code, name_zh, name_en, scope_kind, department_code, platform_admin)
    select 'housing-admin', '住建局业务管理员', 'Housing Bureau business administrator', 'DEPARTMENT', code, false
    from department where code = 'housing';
insert into role_permission (role_code, permission) select code, 'housing.project.view' from app_role where code = 'housing-admin';
insert into role_permission (role_code, permission) select code, 'housing.project.manage' from app_role where code = 'housing-admin';
insert into role_permission (role_code, permission) select code, 'housing.meeting.run' from app_role where code = 'housing-admin';
insert into role_permission (role_code, permission) select code, 'housing.template.manage' from app_role where code = 'housing-admin';
insert into user_role (login, role_code)
    select u.login, 'housing-admin' from app_user u, app_role r where u.login = 'zjj-admin' and r.code = 'housing-admin';
