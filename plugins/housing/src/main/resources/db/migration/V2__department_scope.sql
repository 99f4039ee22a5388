-- Department scoping: projects, approval menus and dispatch meetings belong to a department (the housing bureau's
-- records so far); blocking issues follow their project. Every read selects by the caller's scope in SQL and every
-- change checks it. A column with a default: the previous version keeps working on the migrated schema.
alter table project add column department_code varchar(40) default 'housing' not null;
alter table template add column department_code varchar(40) default 'housing' not null;
alter table meeting add column department_code varchar(40) default 'housing' not null;
create index project_department_idx on project (department_code);
