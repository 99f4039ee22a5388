package cn.gov.laoshan.district.policy.delivery.service;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.DateBounds;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.policy.delivery.domain.Entitlement;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.policy.match.service.MatchResults;

/**
 * Entitlements (享受资格): recorded from the match run's new matches (one per policy + period + enterprise, however
 * often told), each enterprise's users told once with the deadline in working days, confirmed with a bank account
 * (which hands the payout request to finance through {@link PayoutHandOff}) or declined by the enterprise, lapsed by
 * the daily job when the deadline passed (flagged once), extended by staff. Every step on the entitlement's timeline
 * (which writes the audit log) and posted as {@code district/policy/entitlement/<STATE>}.
 */
public class EntitlementService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            EntitlementService.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日",
            Locale.SIMPLIFIED_CHINESE);

    /** What the delivery needs of the rest of the plugin: a published policy's title by id. */
    public interface Policies {
        Optional<String> publishedTitle(long policyId);
    }

    private final EntitlementRepository repository;
    private final Policies policies;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final RecordEvents events;
    private final Supplier<Optional<Reminders>> reminders;
    private final Supplier<Optional<MatchResults>> matches;
    private final Supplier<DeliverySettings> settings;
    private final PayoutHandOff handOff;
    private final Clock clock;

    public EntitlementService(EntitlementRepository repository, Policies policies, AccessControl access,
            WorkingDayCalendar calendar, Timeline timeline, RecordEvents events,
            Supplier<Optional<Reminders>> reminders, Supplier<Optional<MatchResults>> matches,
            Supplier<DeliverySettings> settings, PayoutHandOff handOff, Clock clock) {
        this.repository = repository;
        this.policies = policies;
        this.access = access;
        this.calendar = calendar;
        this.timeline = timeline;
        this.events = events;
        this.reminders = reminders;
        this.matches = matches;
        this.settings = settings;
        this.handOff = handOff;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }

    public PayoutHandOff handOff() {
        return handOff;
    }

    // ---- recording: the match run's listener, an approved application

    /**
     * Records an entitlement for each new match that has none yet (policy + period + enterprise), offered until the
     * configured number of working days from today, and tells the enterprise's users. The system (the match run) or
     * policy staff only. Returns how many were new.
     */
    public int recordMatches(List<PolicyMatch> newMatches) {
        access.check(DeliveryWorkflow.MANAGE, DeliveryWorkflow.DEPARTMENT);
        if (newMatches.isEmpty()) {
            return 0;
        }
        // as a batch: the demo's first run tells ~4,700 matches, which one by one (insert, read-back, timeline and
        // audit, notice, each its own commit) took minutes on Derby under load in every demo platform
        LocalDate deadline = calendar.deadline(today(), settings.get().confirm_working_days());
        java.time.Instant now = clock.instant();
        Map<Long, String> titles = new java.util.HashMap<>();
        List<Entitlement> offered = new java.util.ArrayList<>(newMatches.size());
        for (PolicyMatch m : newMatches) {
            offered.add(new Entitlement(0, m.policyId(), m.policyCode(),
                    titles.computeIfAbsent(m.policyId(), id -> title(id, m.policyCode())), m.period(), m.uscc(),
                    m.enterpriseName(), m.amount(), Entitlement.MATCH, null, DeliveryWorkflow.DEPARTMENT,
                    EntitlementState.OFFERED, deadline, null, null, null, null, null, null, null, null, null, null,
                    null, 0, null, now));
        }
        Map<cn.gov.laoshan.district.api.payout.PayoutKey, Long> ids = repository.insertAllNew(offered);
        if (ids.isEmpty()) {
            return 0;
        }
        List<Entitlement> stored = new java.util.ArrayList<>(ids.size());
        Map<String, String> notes = new java.util.LinkedHashMap<>();
        for (Entitlement e : offered) {
            Long id = ids.remove(e.payoutKey()); // removed: a match listed twice is one entitlement
            if (id != null) {
                Entitlement made = withId(e, id);
                stored.add(made);
                notes.put(made.recordId(), e.amount() == null ? null : e.amount().format());
            }
        }
        // one timeline entry each, one audit record for the batch
        timeline.recordAll(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE, "offer", null,
                EntitlementState.OFFERED.name(), notes);
        List<Long> told = new java.util.ArrayList<>(stored.size());
        for (Entitlement e : stored) {
            events.post(EntitlementState.OFFERED.name(), e.recordId(), e.departmentCode(), Map.of("policyCode",
                    e.policyCode(), "period", e.period(), "uscc", e.uscc()));
            if (send(e)) {
                told.add(e.id());
            }
        }
        repository.notifiedAll(told, clock.instant());
        return stored.size();
    }

    private static Entitlement withId(Entitlement e, long id) {
        return new Entitlement(id, e.policyId(), e.policyCode(), e.policyTitle(), e.period(), e.uscc(),
                e.enterpriseName(), e.amount(), e.source(), e.applicationId(), e.departmentCode(), e.state(),
                e.deadline(), e.notifiedAt(), e.bank(), e.accountName(), e.accountNumber(), e.confirmedBy(),
                e.confirmedAt(), e.declineReason(), e.overdueAt(), e.handoff(), e.handoffReason(),
                e.handoffReasonEn(), e.handoffAttempts(), e.handoffAt(), e.createdAt());
    }

    /**
     * An approved application (快申快享) as a confirmed entitlement with the account the application gave, handed to
     * finance at once. Empty when the key has an entitlement already (a match made it: that one stands).
     */
    Optional<Entitlement> recordApproved(long applicationId, long policyId, String policyCode, String policyTitle,
            String period, String uscc, String enterpriseName, Yuan amount, BankAccount account, String appliedBy) {
        Entitlement e = new Entitlement(0, policyId, policyCode, policyTitle, period, uscc, enterpriseName, amount,
                Entitlement.APPLICATION, applicationId, DeliveryWorkflow.DEPARTMENT, EntitlementState.CONFIRMED,
                today(), clock.instant(), account.bank(), account.accountName(), account.number(), appliedBy,
                clock.instant(), null, null, cn.gov.laoshan.district.policy.delivery.domain.HandOff.WAITING, null,
                null, 0, null, clock.instant());
        Optional<Long> id = repository.insertIfNew(e);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Entitlement stored = recorded(id.get(), "approve", null, EntitlementState.CONFIRMED, amount.format());
        handOff.sendWaiting();
        return repository.find(stored.id());
    }

    private String title(long policyId, String code) {
        String title = policies.publishedTitle(policyId).orElse(code);
        return title.length() > 200 ? title.substring(0, 200) : title;
    }

    /** Tells every user of the enterprise once (the daily job tells those the reminder service missed). */
    private boolean tell(Entitlement e) {
        if (!send(e)) {
            return false;
        }
        repository.notified(e.id(), clock.instant());
        return true;
    }

    /** The notice of an offer to every user of the enterprise, once; whether the reminder service was there. */
    private boolean send(Entitlement e) {
        Optional<Reminders> r = reminders.get();
        if (r.isEmpty()) {
            return false;
        }
        r.get().sendOnce(record(e), "offered", Recipient.enterprise(e.uscc()), new Message(DeliveryWorkflow.PLUGIN,
                text("policy.delivery.notice.offered.title", e.policyTitle()),
                text("policy.delivery.notice.offered.body", e.enterpriseName(), e.policyTitle(),
                        e.amount() == null ? text("policy.delivery.no-money") : e.amount().format(),
                        e.deadline().format(CHINESE_DATE)),
                "policy/entitlements/" + e.id(), Severity.INFO));
        return true;
    }

    static String record(Entitlement e) {
        return "entitlement-" + e.id();
    }

    // ---- reading

    public Optional<Entitlement> find(long id) {
        return repository.find(readable(), id);
    }

    public List<Entitlement> list(EntitlementFilter filter, int offset, int limit) {
        return repository.list(readable(), filter, offset, limit);
    }

    public long count(EntitlementFilter filter) {
        return repository.count(readable(), filter);
    }

    public Map<EntitlementState, Long> countByState() {
        return repository.countByState(readable());
    }

    RecordScope readable() {
        access.check(DeliveryWorkflow.READ);
        return RecordScope.of(access, DeliveryWorkflow.READ);
    }

    public List<TimelineEntry> history(long id) {
        return find(id).map(e -> timeline.of(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE, e.recordId()))
                .orElse(List.of());
    }

    /** The steps the user may take now on {@code e} (confirm and decline are the enterprise's own, on screen). */
    public List<Transition<EntitlementState, Entitlement>> actions(Entitlement e) {
        return DeliveryWorkflow.MACHINE.available(e.state(), e, access).stream()
                .filter(t -> access.scope(t.permission()).includes(e.departmentCode())).toList();
    }

    /** Whether the current user may confirm or decline {@code e}: its own enterprise's user, while offered. */
    public boolean mayConfirm(Entitlement e) {
        CurrentUser user = access.currentUser().orElse(null);
        return e.state() == EntitlementState.OFFERED && user != null && user.external()
                && e.uscc().equals(user.uscc()) && access.has(DeliveryWorkflow.CONFIRM);
    }

    /** Whether the signed-in user is an enterprise's (the record page leads back to their own list). */
    public boolean enterpriseUser() {
        return access.currentUser().map(CurrentUser::external).orElse(false);
    }

    /** Whether the user may take staff steps on {@code e} (send again, extend). */
    public boolean mayManage(Entitlement e) {
        return access.has(DeliveryWorkflow.MANAGE) && access.scope(DeliveryWorkflow.MANAGE).includes(e.departmentCode());
    }

    /** The account the enterprise confirmed last (to give it again with one click), of the user's own enterprise. */
    public Optional<BankAccount> lastAccount(String uscc) {
        access.checkEnterprise(DeliveryWorkflow.READ, uscc);
        return repository.lastAccount(uscc);
    }

    // ---- the enterprise's steps

    /**
     * The enterprise's user confirms the entitlement and the account to pay into (checked at its fields); a
     * money benefit's request goes to finance at once, or waits in the outbox. Refused past the deadline, for
     * another enterprise's entitlement (not found), and when the enterprise no longer matches the policy.
     */
    public Entitlement confirm(long id, String bank, String accountName, String number) {
        Entitlement e = ownOffered(id);
        BankAccount account = e.paysMoney() ? account(bank, accountName, number) : null;
        DeliveryWorkflow.MACHINE.fire("confirm", e.state(), e, null, access);
        if (e.deadline().isBefore(today())) {
            throw new RefusedException(null, "policy.delivery.error.past-deadline", e.deadline());
        }
        if (Entitlement.MATCH.equals(e.source()) && !stillMatches(e)) {
            throw new RefusedException(null, "policy.delivery.error.no-longer-matches");
        }
        String login = access.currentUser().orElseThrow().login();
        if (!repository.confirmed(id, account, login, clock.instant())) {
            throw new RefusedException(null, "policy.delivery.error.changed");
        }
        Entitlement confirmed = recorded(id, "confirm", e.state(), EntitlementState.CONFIRMED,
                account == null ? null : account.bank() + " " + mask(account.number()));
        reminders.get().ifPresent(r -> r.cancelOnce(DeliveryWorkflow.PLUGIN, record(e), "overdue"));
        handOff.sendWaiting();
        return repository.find(id).orElse(confirmed);
    }

    /**
     * Whether the match run still selects the enterprise for the policy: asked of {@link MatchResults} when it is
     * there and the policy has a rule it evaluates (a policy without one keeps the entitlements it has).
     */
    private boolean stillMatches(Entitlement e) {
        return matches.get().map(m -> access.asSystem(() -> m.counts().stream()
                .noneMatch(c -> c.policyId() == e.policyId()) || m.match(e.policyId(), e.uscc()).isPresent()))
                .orElse(true);
    }

    /** The enterprise declines the entitlement (a reason is optional). */
    public Entitlement decline(long id, String reason) {
        Entitlement e = ownOffered(id);
        DeliveryWorkflow.MACHINE.fire("decline", e.state(), e, reason, access);
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (note != null && note.length() > 1000) {
            throw new RefusedException("reason", "policy.delivery.error.too-long", 1000);
        }
        if (!repository.declined(id, note)) {
            throw new RefusedException(null, "policy.delivery.error.changed");
        }
        return recorded(id, "decline", e.state(), EntitlementState.DECLINED, note);
    }

    private Entitlement ownOffered(long id) {
        Entitlement e = find(id).orElseThrow(() -> new RefusedException(null, "policy.delivery.error.not-found"));
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(DeliveryWorkflow.CONFIRM));
        // an entitlement is the enterprise's to confirm: staff see it, they do not confirm for it
        if (!user.external() || !e.uscc().equals(user.uscc())) {
            throw new AccessDeniedException(DeliveryWorkflow.CONFIRM);
        }
        return e;
    }

    static BankAccount account(String bank, String accountName, String number) {
        String b = required("bank", bank);
        String n = required("accountName", accountName);
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            throw new RefusedException("number", DateBounds.REQUIRED_KEY);
        }
        if (!digits.matches("\\d{6,32}")) {
            throw new RefusedException("number", "policy.delivery.error.account-number");
        }
        return new BankAccount(b, n, digits);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, DateBounds.REQUIRED_KEY);
        }
        if (value.strip().length() > 100) {
            throw new RefusedException(field, "policy.delivery.error.too-long", 100);
        }
        return value.strip();
    }

    static String mask(String number) {
        return number.length() <= 4 ? number : "****" + number.substring(number.length() - 4);
    }

    // ---- staff

    /** Staff give a lapsed (or still offered) entitlement a new deadline from today; a reason is required. */
    public Entitlement extend(long id, String reason) {
        Entitlement e = find(id).orElseThrow(() -> new RefusedException(null, "policy.delivery.error.not-found"));
        DeliveryWorkflow.MACHINE.fire("extend", e.state(), e, reason, access);
        access.check(DeliveryWorkflow.MANAGE, e.departmentCode());
        LocalDate deadline = calendar.deadline(today(), settings.get().confirm_working_days());
        if (!repository.extended(id, e.state(), deadline)) {
            throw new RefusedException(null, "policy.delivery.error.changed");
        }
        Entitlement extended = recorded(id, "extend", e.state(), EntitlementState.OFFERED,
                reason.strip() + " → " + deadline);
        reminders.get().ifPresent(r -> r.sendOnce(record(e), "extended-" + deadline, Recipient.enterprise(e.uscc()),
                new Message(DeliveryWorkflow.PLUGIN, text("policy.delivery.notice.extended.title", e.policyTitle()),
                        text("policy.delivery.notice.offered.body", e.enterpriseName(), e.policyTitle(),
                                e.amount() == null ? text("policy.delivery.no-money") : e.amount().format(),
                                deadline.format(CHINESE_DATE)),
                        "policy/entitlements/" + e.id(), Severity.INFO)));
        return extended;
    }

    /** Staff send a request finance refused (over budget, no budget) again, once the cause is fixed there. */
    public Entitlement resend(long id) {
        Entitlement e = find(id).orElseThrow(() -> new RefusedException(null, "policy.delivery.error.not-found"));
        access.check(DeliveryWorkflow.MANAGE, e.departmentCode());
        if (e.handoff() == null || !e.handoff().refused()) {
            throw new RefusedException(null, "policy.delivery.error.not-refused");
        }
        handOff.resend(e);
        return repository.find(id).orElseThrow();
    }

    /**
     * The daily job: tells the enterprises not yet told, lapses each offered entitlement whose deadline passed
     * (the enterprise and the policy staff told once), and sends what waits in the outbox. As the system.
     */
    public DailyRun daily() {
        access.check(DeliveryWorkflow.MANAGE, DeliveryWorkflow.DEPARTMENT);
        int told = 0;
        for (Entitlement e : repository.notNotified()) {
            if (tell(e)) {
                told++;
            }
        }
        int lapsed = 0;
        for (Entitlement e : repository.overdue(today())) {
            DeliveryWorkflow.MACHINE.fire("lapse", e.state(), e, null, access);
            if (repository.lapsed(e.id(), clock.instant())) {
                lapsed++;
                recorded(e.id(), "lapse", e.state(), EntitlementState.LAPSED, e.deadline().toString());
                reminders.get().ifPresent(r -> {
                    Message m = new Message(DeliveryWorkflow.PLUGIN,
                            text("policy.delivery.notice.lapsed.title", e.policyTitle()),
                            text("policy.delivery.notice.lapsed.body", e.enterpriseName(), e.policyTitle(),
                                    e.deadline().format(CHINESE_DATE)),
                            "policy/entitlements/" + e.id(), Severity.WARNING);
                    r.sendOnce(record(e), "overdue-" + e.deadline(), Recipient.enterprise(e.uscc()), m);
                    r.sendOnce(record(e), "overdue-staff-" + e.deadline(),
                            Recipient.permission(DeliveryWorkflow.MANAGE), m);
                });
            }
        }
        int sent = handOff.sendWaiting();
        return new DailyRun(told, lapsed, sent);
    }

    public record DailyRun(int told, int lapsed, int sent) {
    }

    // ---- demo data: the steps as the system records them (the seeding has no enterprise session)

    EntitlementRepository repository() {
        return repository;
    }

    void confirmed(long id, BankAccount account, String login) {
        Entitlement e = repository.find(id).orElseThrow();
        if (repository.confirmed(id, e.paysMoney() ? account : null, login, clock.instant())) {
            recorded(id, "confirm", e.state(), EntitlementState.CONFIRMED,
                    login + " " + account.bank() + " " + mask(account.number()));
            handOff.sendWaiting();
        }
    }

    void declined(long id, String reason) {
        Entitlement e = repository.find(id).orElseThrow();
        if (repository.declined(id, reason)) {
            recorded(id, "decline", e.state(), EntitlementState.DECLINED, reason);
        }
    }

    void lapseNow(long id) {
        Entitlement e = repository.find(id).orElseThrow();
        if (repository.lapsed(id, clock.instant())) {
            recorded(id, "lapse", e.state(), EntitlementState.LAPSED, e.deadline().toString());
        }
    }

    /** Puts the step on the timeline and announces the new state. */
    private Entitlement recorded(long id, String action, EntitlementState from, EntitlementState to, String note) {
        timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.RECORD_TYPE, String.valueOf(id), action,
                from == null ? null : from.name(), to.name(), note);
        Entitlement e = repository.find(id).orElseThrow();
        events.post(to.name(), e.recordId(), e.departmentCode(), Map.of("policyCode", e.policyCode(),
                "period", e.period(), "uscc", e.uscc()));
        return e;
    }

    static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
