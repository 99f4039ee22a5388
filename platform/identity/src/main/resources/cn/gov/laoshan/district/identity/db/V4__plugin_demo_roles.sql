-- Demo roles come with their plugins (DistrictPlugin.demoRoles()): a plugin's role is seeded once per database, so
-- that what an administrator changed or removed afterwards is never put back at the next start.
create table demo_role_seeded (
    plugin_id  varchar(40)  not null,
    role_code  varchar(40)  not null,
    seeded_at  timestamp    not null,
    primary key (plugin_id, role_code)
);

-- An enterprise user reads their own enterprise's facts on 我的企业 (the facts service scopes them to it).
insert into role_permission (role_code, permission)
    select code, 'registry.facts.read' from app_role
    where code = 'enterprise' and user_kind = 'EXTERNAL'
      and not exists (select 1 from role_permission where role_code = 'enterprise' and permission = 'registry.facts.read');
