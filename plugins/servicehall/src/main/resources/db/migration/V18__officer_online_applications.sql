-- 政务体验官 applying online (issue 26): a person applies on the public page (the mobile proved with a one-time
-- code), naming the login they want; the centre approves and the platform makes their individual account then
-- (identity's IndividualAccounts), its first password texted to the proved mobile. The applications the centre
-- records for an existing account stay 'CENTRE'.
alter table experience_officer add column channel varchar(8) default 'CENTRE' not null;
alter table experience_officer add constraint experience_officer_channel check (channel in ('CENTRE', 'ONLINE'));
