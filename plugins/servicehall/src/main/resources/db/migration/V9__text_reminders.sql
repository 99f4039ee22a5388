-- a resident's day-before text reminder is sent once: the daily job marks the booking before it sends
alter table booking add column text_reminded_at timestamp;
