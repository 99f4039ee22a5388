-- Licence facts for the policy rules (api.enterprise.facts.HeldLicences): a licence is valid on a day when issued on
-- or before it, expiring on or after it, and not ended (revoked, or cancelled with its holder's deregistration) by
-- then. ended_on is the first day it no longer counts. Licences revoked before this column existed carry no date of
-- their revocation: they are taken as never valid (the cautious answer for a rule that grants something).
alter table licence add column ended_on date;
update licence set ended_on = issued_on where state = 'REVOKED';
create index licence_type_expires on licence (type_code, expires_on);
