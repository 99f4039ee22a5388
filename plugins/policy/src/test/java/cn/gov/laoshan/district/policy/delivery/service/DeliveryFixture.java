package cn.gov.laoshan.district.policy.delivery.service;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.payout.PayoutOutcome;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.payout.PayoutStatus;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.calendar.domain.OfficialSchedules;
import cn.gov.laoshan.district.policy.PolicyPlugin;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.policy.match.service.MatchResults;
import cn.gov.laoshan.district.testdoubles.PluginSchema;
import cn.gov.laoshan.district.testdoubles.RecordingTimeline;
import cn.gov.laoshan.district.testdoubles.TestAccess;
import cn.gov.laoshan.district.testdoubles.TestDatabase;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * The delivery's services over the plugin's real migration, made as {@code PolicyDelivery} makes them, with the
 * shared doubles, the official 2026 calendar, reminders that send each (record, step) once, a ledger kept in memory
 * (keyed by the payout key as finance's, and which can be down or absent) and match results the test sets.
 */
final class DeliveryFixture implements AutoCloseable {

    static final String HAILAN = "91370212MA3C4XK2QQ";
    static final String MINGDE = "91370212MA3D0WPHWP";

    final PluginSchema schema;
    final TestAccess access = TestAccess.staff("sunwei", DeliveryWorkflow.DEPARTMENT, DeliveryWorkflow.READ,
            DeliveryWorkflow.MANAGE);
    final SettableClock clock = new SettableClock();
    final RecordingTimeline timeline = new RecordingTimeline(access, clock);
    final OnceReminders reminders = new OnceReminders();
    final MemoryLedger ledger = new MemoryLedger();
    /** The ledger as the component sees it: absent until the test installs finance. */
    final AtomicReference<PayoutLedger> installed = new AtomicReference<>();
    /** The match run's current matches (null: no match run service). */
    final AtomicReference<Set<String>> currentMatches = new AtomicReference<>();
    final EntitlementRepository repository;
    final PayoutHandOff handOff;
    final EntitlementService entitlements;
    final ApplicationService applications;

    DeliveryFixture(TestDatabase database, LocalDate today) {
        schema = PluginSchema.migrate(database, DeliveryWorkflow.PLUGIN, PolicyPlugin.class);
        clock.set(today);
        repository = new EntitlementRepository(schema.jdbi());
        handOff = new PayoutHandOff(repository, () -> Optional.ofNullable(installed.get()), access, timeline, clock);
        entitlements = new EntitlementService(repository, id -> Optional.of("科技型中小企业研发投入补助"), access,
                OfficialSchedules.calendar(), timeline, new RecordEvents("policy/entitlement", () -> null, access,
                        clock),
                () -> Optional.of(reminders), () -> Optional.ofNullable(currentMatches.get()).map(this::results),
                () -> SETTINGS, handOff, clock);
        applications = new ApplicationService(new ApplicationRepository(schema.jdbi()), entitlements, new Published(),
                access, OfficialSchedules.calendar(), timeline, () -> Optional.of(reminders), Optional::empty,
                () -> SETTINGS, uscc -> Optional.of(uscc.equals(HAILAN) ? "青岛海澜智联科技有限公司"
                        : "青岛明德长青海洋生物科技有限公司"), clock);
    }

    /** Two published policies, 17 and 18 of the third batch. */
    static final class Published implements ApplicationService.PublishedPolicies {
        public Optional<ApplicationService.Published> find(long policyId) {
            return policyId == 17 || policyId == 18 ? Optional.of(new ApplicationService.Published(policyId,
                    String.format("LS-P3-%03d", policyId), "海洋经济发展扶持政策" + policyId)) : Optional.empty();
        }

        public List<ApplicationService.Published> search(String text, int offset, int limit) {
            return List.of(find(17).orElseThrow(), find(18).orElseThrow());
        }
    }

    static PolicyMatch match(long policyId, String uscc, String amount) {
        return new PolicyMatch(policyId, String.format("LS-P3-%03d", policyId), "2026", uscc,
                uscc.equals(HAILAN) ? "青岛海澜智联科技有限公司" : "青岛明德长青海洋生物科技有限公司",
                amount == null ? null : Yuan.parse(amount));
    }

    /** The system, as the match run calls the listener. */
    int told(PolicyMatch... matches) {
        return access.asSystem(() -> entitlements.recordMatches(List.of(matches)));
    }

    DeliveryFixture asEnterprise(String login, String uscc) {
        access.asEnterprise(login, uscc, DeliveryWorkflow.READ, DeliveryWorkflow.CONFIRM, DeliveryWorkflow.APPLY);
        return this;
    }

    DeliveryFixture asStaff() {
        access.as("sunwei", DeliveryWorkflow.DEPARTMENT, DeliveryWorkflow.READ, DeliveryWorkflow.MANAGE)
                .within(DeliveryWorkflow.DEPARTMENT);
        return this;
    }

    private MatchResults results(Set<String> keys) {
        return new MatchResults() {
            public List<PolicyMatch> matchesOf(long policyId) {
                return List.of();
            }

            public Optional<PolicyMatch> match(long policyId, String uscc) {
                return keys.contains(policyId + "/" + uscc) ? Optional.of(DeliveryFixture.match(policyId, uscc,
                        "1")) : Optional.empty();
            }

            public List<PolicyCount> counts() {
                // policies 17 and 18 have rules the match run evaluates
                return List.of(new PolicyCount(17, "LS-P3-017", "科技型中小企业研发投入补助", 3, 2, 0, null),
                        new PolicyCount(18, "LS-P3-018", "海洋经济发展扶持政策", 3, 1, 0, null));
            }
        };
    }

    @Override
    public void close() {
        schema.close();
    }

    static final DeliverySettings SETTINGS = new DeliverySettings() {
        public Class<? extends Annotation> annotationType() {
            return DeliverySettings.class;
        }

        public int confirm_working_days() {
            return 10;
        }

        public int decide_working_days() {
            return 60;
        }

        public int retry_minutes() {
            return 10;
        }
    };

    /** Sends each (record, step) at most once, as the platform's reminders do; keeps what was sent to whom. */
    static final class OnceReminders implements Reminders {
        final Set<String> sent = new HashSet<>();
        final List<String> log = new ArrayList<>();

        public void schedule(String key, Instant at, Recipient to, Message message) {
        }

        public void cancel(String source, String key) {
        }

        public Optional<Instant> dueAt(String source, String key) {
            return Optional.empty();
        }

        @Override
        public boolean sendOnce(String record, String step, Recipient to, Message message) {
            if (!sent.add(Reminders.onceKey(record, step) + " " + to)) {
                return false;
            }
            log.add(step + " " + to.kind() + ":" + to.value() + " " + message.title());
            return true;
        }
    }

    /**
     * A ledger in memory with finance's contract: the key is unique (a second request answers DUPLICATE), a policy
     * without a budget is REFUSED, a budget spent is OVER_BUDGET; {@code down} throws as an unreachable database.
     */
    static final class MemoryLedger implements PayoutLedger {
        final Map<PayoutKey, PayoutStatus> payouts = new LinkedHashMap<>();
        final Map<String, Yuan> budgets = new LinkedHashMap<>();
        final List<PayoutRequest> received = new ArrayList<>();
        volatile boolean down;

        @Override
        public synchronized PayoutAnswer request(PayoutRequest request) {
            if (down) {
                throw new IllegalStateException("finance database unreachable");
            }
            received.add(request);
            PayoutStatus held = payouts.get(request.key());
            if (held != null) {
                return new PayoutAnswer(PayoutOutcome.DUPLICATE, held, "已有", "already held");
            }
            Yuan left = budgets.get(request.key().policyCode());
            if (left == null) {
                return new PayoutAnswer(PayoutOutcome.REFUSED, null, "政策 " + request.key().policyCode() + " 没有预算",
                        "no budget");
            }
            if (left.compareTo(request.amount()) < 0) {
                return new PayoutAnswer(PayoutOutcome.OVER_BUDGET, null, "超出预算", "over budget");
            }
            budgets.put(request.key().policyCode(), left.minus(request.amount()));
            PayoutStatus status = new PayoutStatus(request.key(), request.amount(),
                    request.confirmedBy() == null ? PayoutState.REQUESTED : PayoutState.CONFIRMED, Instant.now(), null,
                    null);
            payouts.put(request.key(), status);
            return new PayoutAnswer(PayoutOutcome.ACCEPTED, status, null, null);
        }

        @Override
        public synchronized Optional<PayoutStatus> status(PayoutKey key) {
            return Optional.ofNullable(payouts.get(key));
        }

        @Override
        public synchronized List<PayoutStatus> statuses(String policyCode, String period) {
            return payouts.values().stream().filter(s -> s.key().policyCode().equals(policyCode)
                    && s.key().period().equals(period)).toList();
        }
    }
}
