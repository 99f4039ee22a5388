-- Imports write only the table and its primary key (Derby's bulk import builds every index by sorting; each
-- index costs it a fifth to a third of its time):
-- * enterprise_name goes: the grid, the counts and the export are served in name order by the search index
--   (pages asked while it loads at start wait for it);
-- * enterprise_updated goes: other nodes find changed rows through the change log below instead of by updated_at.
drop index enterprise_name;
drop index enterprise_updated;

-- What changed when, for the other nodes' search indexes: one row per changed enterprise, or one row without a
-- code for a change of many rows at once (an import), after which every node reloads its index. Pruned after a day.
create table enterprise_change (
    id          bigint        generated always as identity primary key,
    changed_at  timestamp     not null,
    uscc        char(18)
);
create index enterprise_change_at on enterprise_change (changed_at);
