-- The ledger's inserts and state changes kept one index more than they need: (batch_id, state) beside the index
-- Derby already keeps for the foreign key on batch_id. Every request imported wrote it and every confirmation (a
-- change of state) rewrote it. A batch's payouts are found by batch_id alone (a batch is a few thousand rows), so
-- one index on batch_id is enough: Derby shares the foreign key's (it notes the duplicate and creates nothing),
-- PostgreSQL, which indexes no foreign key by itself, gets one (named apart from the table payout_batch: tables and
-- indexes share one namespace there).
drop index payout_batch_state;
create index payout_batch_id on payout (batch_id);
