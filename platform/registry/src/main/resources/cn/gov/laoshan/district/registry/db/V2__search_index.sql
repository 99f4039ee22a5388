-- The grid's searches and sorts are served by the in-memory search index (SearchIndex), which reads the rows
-- changed since its last look by updated_at: one index for that, and the filter/sort indexes it replaces go, so
-- that imports maintain two B-trees fewer. enterprise_name stays: the first page before the index is loaded, and
-- the export's name order.
drop index enterprise_industry;
drop index enterprise_status;
drop index enterprise_established;
create index enterprise_updated on enterprise (updated_at);
