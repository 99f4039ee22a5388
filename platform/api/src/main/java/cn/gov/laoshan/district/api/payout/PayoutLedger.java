package cn.gov.laoshan.district.api.payout;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The payout ledger (an OSGi service, provided by the finance plugin). Requests are idempotent: the
 * {@link PayoutKey} is unique in the ledger's database, so sending a request twice, from two threads or two nodes at
 * once, records it once and answers the second {@link PayoutOutcome#DUPLICATE}. Every accepted request is audited
 * ({@code finance.payout.request}) with the sending plugin.
 *
 * <p>Who may call: requests come from plugins acting for the platform — a job running as the system, or the
 * enterprise user who confirmed a match (then the key's USCC must be that user's own enterprise, else
 * {@code AccessDeniedException}); staff calling need finance's permission {@code finance.payout.request}. Reading a
 * status needs a signed-in member of staff, the system, or the enterprise's own user.
 *
 * <p>Methods do not block on other requests beyond a database row lock and never throw for a refused request:
 * the refusal is the answer. They throw {@code AccessDeniedException} for a caller not allowed, and
 * {@code IllegalStateException} when the ledger's database cannot be reached (the sender should try again later).
 */
@ProviderType
public interface PayoutLedger {

    /**
     * Records a payout request. {@link PayoutOutcome#ACCEPTED} when it is new and the policy's budget for the
     * period's year has room for it (the budget less every payout not rejected), {@link PayoutOutcome#DUPLICATE} when
     * the key is already in the ledger (whatever its state and amount: a sender corrects an amount through finance's
     * staff, not by sending again), {@link PayoutOutcome#OVER_BUDGET} or {@link PayoutOutcome#REFUSED} with the
     * reason.
     */
    PayoutAnswer request(PayoutRequest request);

    /** The payout under {@code key}, if the ledger holds one. */
    Optional<PayoutStatus> status(PayoutKey key);

    /** Every payout of one policy and period (a policy's dashboard: paid or not), by enterprise. */
    List<PayoutStatus> statuses(String policyCode, String period);
}
