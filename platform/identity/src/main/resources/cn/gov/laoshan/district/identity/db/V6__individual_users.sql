-- Individual users (issue 26, 政务体验官): an account of a person who represents no organisation and belongs to no
-- department — neither staff nor an enterprise's representative. Accounts and roles get a third side of the table.
alter table app_user drop constraint app_user_kind;
alter table app_user add constraint app_user_kind check (kind in ('STAFF', 'EXTERNAL', 'INDIVIDUAL'));
alter table app_role drop constraint app_role_user_kind;
alter table app_role add constraint app_role_user_kind check (user_kind in ('STAFF', 'EXTERNAL', 'INDIVIDUAL'));
