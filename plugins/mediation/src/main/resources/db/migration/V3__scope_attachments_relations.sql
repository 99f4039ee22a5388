-- Case-level department scoping: the department a case belongs to (its registrant's; the plugin fills older rows
-- with its configured default department when it starts).
alter table mediation_case add column department_code varchar(40);
create index mediation_case_department_idx on mediation_case (department_code);

-- Attachments: the kind recognised from the content, and the uploader's name as shown.
alter table attachment add column kind varchar(10);
alter table attachment add column uploader_name varchar(100);

-- Declared relationships (回避关系申报): what the party is, its name, who declared it and when.
alter table mediator_relation add column is_enterprise boolean;
alter table mediator_relation add column party_name varchar(200);
alter table mediator_relation add column declared_at timestamp;
alter table mediator_relation add column declared_by varchar(40);
create index mediator_relation_login_idx on mediator_relation (login);
