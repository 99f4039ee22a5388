-- Which enterprises' facts changed when, for snapshots to re-read only those (like enterprise_change for the
-- registry's own columns): one row per enterprise, or one row without a code for a change of many (then snapshots
-- read everything again). Pruned after a day.
create table facts_change (
    id          bigint        generated always as identity primary key,
    changed_at  timestamp     not null,
    uscc        char(18)
);
create index facts_change_at on facts_change (changed_at);
