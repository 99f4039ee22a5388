package cn.gov.laoshan.district.policy.delivery.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.payout.PayoutStatus;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.HandOff;

/**
 * The hand-off to finance: a confirmed entitlement's payout request waits in the outbox (its row, {@code handoff =
 * WAITING}) until finance's {@link PayoutLedger} answers it. Sent at once after the confirmation, when the ledger
 * service appears, and by the retry job; a ledger that cannot be reached ({@link IllegalStateException}) or is not
 * installed leaves it waiting. Sending twice is harmless: the ledger keys the payout by policy + period + USCC and
 * answers the second time {@code DUPLICATE}; here only a waiting row takes an answer. Sent as the system (the
 * contract's job caller), with the confirming user's login and the account they confirmed.
 */
public class PayoutHandOff {

    private static final Logger LOG = LoggerFactory.getLogger(PayoutHandOff.class);

    private final EntitlementRepository repository;
    private final Supplier<Optional<PayoutLedger>> ledger;
    private final AccessControl access;
    private final Timeline timeline;
    private final Clock clock;

    public PayoutHandOff(EntitlementRepository repository, Supplier<Optional<PayoutLedger>> ledger,
            AccessControl access, Timeline timeline, Clock clock) {
        this.repository = repository;
        this.ledger = ledger;
        this.access = access;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Whether finance's ledger is there now. */
    public boolean ledgerPresent() {
        return ledger.get().isPresent();
    }

    /**
     * Sends every waiting request the ledger answers; returns how many were answered. One sender at a time in this
     * node (the confirmation, the ledger's appearance and the job may meet); another node sending the same row at
     * the same moment gets {@code DUPLICATE} from the ledger and the row keeps the first answer.
     */
    public synchronized int sendWaiting() {
        Optional<PayoutLedger> present = ledger.get();
        if (present.isEmpty()) {
            return 0;
        }
        int answered = 0;
        for (Entitlement e : repository.waiting()) {
            if (send(present.get(), e)) {
                answered++;
            }
        }
        return answered;
    }

    private boolean send(PayoutLedger to, Entitlement e) {
        PayoutRequest request = new PayoutRequest(e.payoutKey(), e.enterpriseName(), e.amount(), e.account(),
                e.confirmedBy(), DeliveryWorkflow.PLUGIN);
        PayoutAnswer answer;
        try {
            answer = access.asSystem(() -> to.request(request));
        } catch (IllegalStateException | org.osgi.framework.ServiceException unreachable) {
            // the ledger's database is away, or finance stopped under us: the request stays in the outbox
            LOG.info("payout request {} waits: {}", e.payoutKey(), unreachable.getMessage());
            repository.attempted(e.id(), clock.instant());
            return false;
        }
        HandOff outcome = HandOff.of(answer.outcome());
        if (repository.answered(e.id(), outcome, answer.reason(), answer.reasonEn(), clock.instant())) {
            access.asSystem(() -> {
                timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE, e.recordId(), "handoff",
                        e.state().name(), e.state().name(),
                        outcome.name() + (answer.reason() == null ? "" : ": " + answer.reason()));
                return null;
            });
        }
        return true;
    }

    /** Staff put a refused request (over budget, no budget) back into the outbox and send it. */
    public boolean resend(Entitlement e) {
        if (!repository.requeued(e.id())) {
            return false;
        }
        timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE, e.recordId(), "resend",
                e.state().name(), e.state().name(), e.handoff() == null ? null : e.handoff().name());
        sendWaiting();
        return true;
    }

    /** The payout as finance holds it now, when finance is there and has it. */
    public Optional<PayoutStatus> status(Entitlement e) {
        if (e.handoff() == null || !e.handoff().received()) {
            return Optional.empty();
        }
        return ledger.get().flatMap(l -> {
            try {
                return access.asSystem(() -> l.status(e.payoutKey()));
            } catch (IllegalStateException unreachable) {
                return Optional.empty();
            }
        });
    }

    /**
     * What finance holds of these payouts (read per policy and period); empty when finance is not there or cannot
     * be reached — the caller shows "unknown", never zero.
     */
    public Optional<List<PayoutStatus>> statuses(List<PayoutKey> keys) {
        Optional<PayoutLedger> present = ledger.get();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<PayoutKey> wanted = new java.util.HashSet<>(keys);
        try {
            return Optional.of(access.asSystem(() -> keys.stream().map(k -> k.policyCode() + "\u0000" + k.period())
                    .distinct().flatMap(p -> present.get().statuses(p.split("\u0000")[0], p.split("\u0000")[1])
                            .stream()).filter(s -> wanted.contains(s.key())).toList()));
        } catch (IllegalStateException unreachable) {
            return Optional.empty();
        }
    }
}
