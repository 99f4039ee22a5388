-- The (state, policy_code) index cost the ledger's bulk steps more than it saved its reads. Every imported request
-- wrote an entry into it, and every change of state (a confirmation, a listing, an approval) deleted one and wrote
-- another. On Derby it also made a period's confirmation ("... set state = 'CONFIRMED' where policy_code = ? and
-- period = ? and state = 'REQUESTED'") read through this very index: Derby then updates in deferred mode, holding
-- every changed row in a temporary table before writing it back. What read through it: the ledger's page filtered
-- by state, which now reads the reader's rows as the unfiltered page does (newest first: sorted either way), and
-- the daily reminder's search for unconfirmed requests (one scan a day). A period's payouts are found by the
-- unique key (policy_code, period, uscc), a batch's by batch_id, an enterprise's by uscc.
drop index payout_state;
