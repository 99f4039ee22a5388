-- 会客厅 attendance and minutes (issue 26): the hall's staff tick at the door who of the registered enterprises
-- came and with how many people, and count the people who came without registering; the people served of a held
-- event are then the sum of what was ticked, not a number typed afterwards. The minutes (纪要) are a text on the
-- event, their files kept by the platform's attachments. A joint consultation picked from the housing plugin's
-- projects keeps the project's name beside its code (shown as it was when the housing plugin is not installed).
alter table salon_registration add column attended_people int default 0 not null;
alter table salon_registration add column checked_in_by varchar(40);
alter table salon_registration add column checked_in_at timestamp;
alter table salon_event add column walk_ins int default 0 not null;
alter table salon_event add column minutes varchar(4000);
alter table salon_event add column minutes_by varchar(40);
alter table salon_event add column minutes_at timestamp;
alter table salon_event add column housing_project_name varchar(200);
-- the events held before: what was typed as people served stays as the walk-ins, so that the year's figures
-- (attendance plus walk-ins) keep their numbers; their ticked enterprises came with their registered attendees
update salon_registration set attended_people = attendees where attended = 1;
update salon_event set walk_ins = people_served - (select coalesce(sum(r.attended_people), 0) from salon_registration r
    where r.event_id = salon_event.id) where state = 'HELD';
update salon_event set walk_ins = 0 where walk_ins < 0;
