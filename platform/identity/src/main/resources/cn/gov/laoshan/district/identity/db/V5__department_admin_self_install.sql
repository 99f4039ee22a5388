-- Departments install their own plugins (issue 27): the shared department administrator role (OWN: their own
-- department) may install, update and roll back the approved catalogue's versions of its department's plugins.
-- Fresh databases get it from the demo seed; an existing one here, once.
insert into role_permission (role_code, permission)
    select code, 'console.plugins.self-install' from app_role
    where code = 'department-admin'
      and not exists (select 1 from role_permission where role_code = 'department-admin'
                      and permission = 'console.plugins.self-install');
