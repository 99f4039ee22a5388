-- Which years' "next year's arrangement is missing" notice was sent: once per year, not every day (and once per
-- cluster: the primary key makes the second node's insert fail).
create table calendar_notice (
    year_no integer   not null primary key,
    sent_at timestamp not null
);
