/**
 * Policy payouts (政策兑现): the contract between a plugin that decides who is owed a policy's money (the policy
 * plugin's 免申即享 hand-off) and the plugin that keeps the payout ledger and pays it (finance). The ledger is an
 * OSGi service, {@link PayoutLedger}; a sender looks it up when it is there and keeps its requests waiting when it
 * is not.
 *
 * <p>A payout is identified by {@link PayoutKey}: policy code + period + enterprise (USCC). Sending the same key
 * again is harmless: the ledger answers {@link PayoutOutcome#DUPLICATE} with the payout it already holds and never
 * records or pays it twice (a unique key in its database, not a check in memory). Amounts are
 * {@link cn.gov.laoshan.district.api.money.Yuan}: exact to the fen.
 */
@Export
@Version("1.0.0")
package cn.gov.laoshan.district.api.payout;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
