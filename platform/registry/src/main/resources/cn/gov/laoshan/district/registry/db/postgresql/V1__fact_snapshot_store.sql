-- The fact snapshots' columns as they were last read in full (FactSnapshots, SnapshotStore), in a compact binary
-- form: one row per column (and one for the codes), all of one version. A start reads these few rows (tens of MB)
-- and catches up with the change logs instead of scanning a million rows per column. A copy, never the record: any
-- row may be deleted at any time. A binary column has no portable name (blob on Derby, bytea on PostgreSQL), hence
-- a migration per database.
create table fact_snapshot_store (
    column_key  varchar(400)  not null primary key,
    version     bigint        not null,
    taken_from  timestamp     not null,
    content     bytea         not null
);
