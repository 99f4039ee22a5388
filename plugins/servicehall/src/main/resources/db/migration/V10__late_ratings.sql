-- Shandong accepts a rating after the 5 working days (补评): kept, counted, and marked late
alter table rating add column late smallint default 0 not null;
