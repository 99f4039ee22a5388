package cn.gov.laoshan.district.policy.delivery.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.PayoutStatus;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.match.service.MatchResults;
import cn.gov.laoshan.district.policy.match.service.MatchResults.PolicyCount;

/**
 * The delivery's figures for the dashboard card and the figures screen (policy staff): matched enterprises and
 * amounts by policy and by batch (the match run's stored counts), entitlements by state and the confirmation rate,
 * what finance paid of what was handed to it (unknown without finance), and the policies with the most near-misses
 * (enterprises one condition short: worth a nudge).
 */
public class DeliveryFigures {

    private final EntitlementService entitlements;
    private final EntitlementRepository repository;
    private final Supplier<Optional<MatchResults>> matches;
    private final AccessControl access;

    public DeliveryFigures(EntitlementService entitlements, EntitlementRepository repository,
            Supplier<Optional<MatchResults>> matches, AccessControl access) {
        this.entitlements = entitlements;
        this.repository = repository;
        this.matches = matches;
        this.access = access;
    }

    /** Matched per published policy with a rule; empty when the match run is not there. */
    public Optional<List<PolicyCount>> byPolicy() {
        access.check(DeliveryWorkflow.MANAGE);
        return matches.get().map(m -> m.counts().stream()
                .sorted(Comparator.comparingInt(PolicyCount::matched).reversed()).toList());
    }

    /** Matched enterprises and amounts summed per batch (第N批), in batch order. */
    public static List<Batch> byBatch(List<PolicyCount> counts) {
        Map<Integer, Batch> batches = new TreeMap<>();
        for (PolicyCount c : counts) {
            int no = c.batchNo() == null ? 0 : c.batchNo();
            Batch b = batches.getOrDefault(no, new Batch(no, 0, 0, Yuan.ZERO));
            batches.put(no, new Batch(no, b.policies() + 1, b.matched() + c.matched(),
                    c.amount() == null ? b.amount() : b.amount().plus(c.amount())));
        }
        return new ArrayList<>(batches.values());
    }

    /** The policies with the most near-misses, at most {@code n}. */
    public static List<PolicyCount> nearMisses(List<PolicyCount> counts, int n) {
        return counts.stream().filter(c -> c.nearMisses() > 0)
                .sorted(Comparator.comparingInt(PolicyCount::nearMisses).reversed()).limit(n).toList();
    }

    public record Batch(int batchNo, int policies, int matched, Yuan amount) {
    }

    /** Entitlements by state, within the reader's scope. */
    public Map<EntitlementState, Long> states() {
        access.check(DeliveryWorkflow.MANAGE);
        return entitlements.countByState();
    }

    /** Confirmed among all entitlements offered so far, in per cent; empty when there are none. */
    public static Optional<Integer> confirmationRate(Map<EntitlementState, Long> states) {
        long all = states.values().stream().mapToLong(Long::longValue).sum();
        long confirmed = states.getOrDefault(EntitlementState.CONFIRMED, 0L);
        return all == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * confirmed / all));
    }

    /** What finance holds and paid of the requests handed to it; empty (unknown) without finance. */
    public Optional<Paid> paid() {
        access.check(DeliveryWorkflow.MANAGE);
        return entitlements.handOff().statuses(repository.handedKeys(entitlements.readable())).map(statuses -> {
            Yuan paid = Yuan.ZERO;
            int count = 0;
            for (PayoutStatus s : statuses) {
                if (s.paid()) {
                    count++;
                    paid = paid.plus(s.amount());
                }
            }
            return new Paid(statuses.size(), count, paid);
        });
    }

    /** @param held payouts finance holds of ours, {@code paid} of them paid, for {@code amount} */
    public record Paid(int held, int paid, Yuan amount) {
    }
}
