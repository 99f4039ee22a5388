package cn.gov.laoshan.district.policy.delivery.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
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
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.policy.delivery.domain.ApplicationState;
import cn.gov.laoshan.district.policy.delivery.domain.PolicyApplication;

/**
 * 快申快享: an enterprise's user applies for a published policy whose data are not all clear, with its own
 * enterprise's facts from the registry pre-filled (kept as they were), a statement, the amount asked and the account;
 * staff decide by the deadline (working days, setting {@code decide_working_days}): an approval with the amount becomes
 * a confirmed entitlement handed to finance like a confirmed match (the same outbox), a refusal carries its reason;
 * an application still waiting after its deadline is flagged once by the daily job. Every step on the application's
 * timeline (audit log); the enterprise is told of the decision, the staff of a new or overdue application.
 */
public class ApplicationService {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日",
            Locale.SIMPLIFIED_CHINESE);

    /** A published policy as the application form needs it. */
    public record Published(long id, String code, String title) {
    }

    /** The published policies, for the form. */
    public interface PublishedPolicies {
        Optional<Published> find(long policyId);

        List<Published> search(String text, int offset, int limit);
    }

    private final ApplicationRepository repository;
    private final EntitlementService entitlements;
    private final PublishedPolicies policies;
    private final AccessControl access;
    private final WorkingDayCalendar calendar;
    private final Timeline timeline;
    private final Supplier<Optional<Reminders>> reminders;
    private final Supplier<Optional<EnterpriseFactsService>> facts;
    private final Supplier<DeliverySettings> settings;
    private final java.util.function.Function<String, Optional<String>> names;
    private final Clock clock;

    /** @param names an enterprise's registered name by USCC (the registry's, read for the user's own enterprise) */
    public ApplicationService(ApplicationRepository repository, EntitlementService entitlements,
            PublishedPolicies policies, AccessControl access, WorkingDayCalendar calendar, Timeline timeline,
            Supplier<Optional<Reminders>> reminders, Supplier<Optional<EnterpriseFactsService>> facts,
            Supplier<DeliverySettings> settings, java.util.function.Function<String, Optional<String>> names,
            Clock clock) {
        this.names = names;
        this.repository = repository;
        this.entitlements = entitlements;
        this.policies = policies;
        this.access = access;
        this.calendar = calendar;
        this.timeline = timeline;
        this.reminders = reminders;
        this.facts = facts;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Published> policies(String text, int offset, int limit) {
        access.check(DeliveryWorkflow.APPLY);
        return policies.search(text, offset, limit);
    }

    /** The user's own enterprise's facts as the form shows them (and the application keeps). */
    public String ownFacts() {
        CurrentUser user = own();
        return facts.get().map(service -> {
            try {
                return describe(service.facts(Uscc.parse(user.uscc())), today());
            } catch (AccessDeniedException | IllegalStateException unavailable) {
                return "";
            }
        }).orElse("");
    }

    static String describe(EnterpriseFacts f, LocalDate today) {
        List<String> lines = new ArrayList<>();
        if (f.location() != null) {
            lines.add("所在街道：" + nz(f.location().street()) + "；园区：" + nz(f.location().park()));
        }
        int newest = f.figures().stream().mapToInt(YearlyFigure::year).max().orElse(0);
        for (YearlyFigure y : f.figures()) {
            if (y.year() == newest) {
                lines.add(y.year() + "年" + y.kind().zh() + "：" + y.value().toPlainString() + "（" + y.source() + "）");
            }
        }
        for (Qualification q : f.qualifications()) {
            if (q.validOn(today)) {
                lines.add("资质：" + q.type() + "（有效期至 " + q.validUntil() + "）");
            }
        }
        String text = String.join("\n", lines);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** The enterprise's user applies; refused at the field for bad input, and when it applied already. */
    public PolicyApplication apply(Long policyId, String statement, Yuan asked, String bank, String accountName,
            String number) {
        access.check(DeliveryWorkflow.APPLY);
        CurrentUser user = own();
        if (policyId == null) {
            throw new RefusedException("policy", DateBounds.REQUIRED_KEY);
        }
        Published p = policies.find(policyId).orElseThrow(() -> new RefusedException("policy",
                "policy.delivery.error.not-published"));
        if (statement == null || statement.isBlank()) {
            throw new RefusedException("statement", DateBounds.REQUIRED_KEY);
        }
        if (statement.strip().length() > 2000) {
            throw new RefusedException("statement", "policy.delivery.error.too-long", 2000);
        }
        if (asked != null && asked.compareTo(Yuan.ZERO) <= 0) {
            throw new RefusedException("asked", "policy.delivery.error.amount-positive");
        }
        BankAccount account = EntitlementService.account(bank, accountName, number);
        String period = String.valueOf(today().getYear());
        if (entitlements.repository().findByKey(p.code(), period, user.uscc()).isPresent()) {
            throw new RefusedException("policy", "policy.delivery.error.already-entitled");
        }
        String name = names.apply(user.uscc()).orElse(user.displayName());
        PolicyApplication a = new PolicyApplication(0, p.id(), p.code(), p.title(), period, user.uscc(), name,
                ownFacts(), statement.strip(), asked, account.bank(), account.accountName(), account.number(),
                DeliveryWorkflow.DEPARTMENT, ApplicationState.APPLIED,
                calendar.deadline(today(), settings.get().decide_working_days()), user.login(), clock.instant(),
                null, null, null, null, null);
        long id = repository.insertIfNew(a).orElseThrow(() -> new RefusedException("policy",
                "policy.delivery.error.applied-already"));
        timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.APPLICATION_TYPE, String.valueOf(id), "apply", null,
                ApplicationState.APPLIED.name(), asked == null ? null : asked.format());
        reminders.get().ifPresent(r -> r.sendOnce("application-" + id, "applied",
                Recipient.permission(DeliveryWorkflow.MANAGE), new Message(DeliveryWorkflow.PLUGIN,
                        EntitlementService.text("policy.delivery.notice.applied.title", p.title()),
                        EntitlementService.text("policy.delivery.notice.applied.body", a.enterpriseName(), p.title(),
                                a.deadline().format(CHINESE_DATE)),
                        "policy/applications/" + id, Severity.INFO)));
        return repository.find(RecordScope.ALL, id).orElseThrow();
    }

    private CurrentUser own() {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(DeliveryWorkflow.APPLY));
        if (!user.external()) {
            // an application is the enterprise's own: staff see and decide it, they do not apply for it
            throw new AccessDeniedException(DeliveryWorkflow.APPLY);
        }
        return user;
    }

    public Optional<PolicyApplication> find(long id) {
        return repository.find(readable(), id);
    }

    public List<PolicyApplication> list(ApplicationState state, int offset, int limit) {
        return repository.list(readable(), state, offset, limit);
    }

    public long count(ApplicationState state) {
        return repository.count(readable(), state);
    }

    private RecordScope readable() {
        access.check(DeliveryWorkflow.READ);
        return RecordScope.of(access, DeliveryWorkflow.READ);
    }

    public List<TimelineEntry> history(long id) {
        return find(id).map(a -> timeline.of(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.APPLICATION_TYPE,
                a.recordId())).orElse(List.of());
    }

    public List<Transition<ApplicationState, PolicyApplication>> actions(PolicyApplication a) {
        return DeliveryWorkflow.APPLICATION_MACHINE.available(a.state(), a, access).stream()
                .filter(t -> access.scope(t.permission()).includes(a.departmentCode())).toList();
    }

    public LocalDate today() {
        return entitlements.today();
    }

    public boolean enterpriseUser() {
        return entitlements.enterpriseUser();
    }

    /**
     * Staff approve with the amount: the application becomes a confirmed entitlement with the application's account,
     * handed to finance at once (or waiting in the outbox).
     */
    public PolicyApplication approve(long id, Yuan amount) {
        PolicyApplication a = find(id).orElseThrow(() -> new RefusedException(null, "policy.delivery.error.not-found"));
        DeliveryWorkflow.APPLICATION_MACHINE.fire("approve", a.state(), a, null, access);
        access.check(DeliveryWorkflow.MANAGE, a.departmentCode());
        if (amount == null) {
            throw new RefusedException("amount", DateBounds.REQUIRED_KEY);
        }
        if (amount.compareTo(Yuan.ZERO) <= 0) {
            throw new RefusedException("amount", "policy.delivery.error.amount-positive");
        }
        String by = access.currentUser().orElseThrow().login();
        if (!repository.decided(id, ApplicationState.APPROVED, by, clock.instant(), amount, null)) {
            throw new RefusedException(null, "policy.delivery.error.changed");
        }
        timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.APPLICATION_TYPE, a.recordId(), "approve",
                a.state().name(), ApplicationState.APPROVED.name(), amount.format());
        // the hand-off runs as the system: the approval is staff's, the request the plugin's
        access.asSystem(() -> entitlements.recordApproved(a.id(), a.policyId(), a.policyCode(), a.policyTitle(),
                a.period(), a.uscc(), a.enterpriseName(), amount, a.account(), a.appliedBy()));
        tellDecision(a, "policy.delivery.notice.approved.title", amount.format());
        return repository.find(RecordScope.ALL, id).orElseThrow();
    }

    /** Staff refuse with the reason (required). */
    public PolicyApplication refuse(long id, String reason) {
        PolicyApplication a = find(id).orElseThrow(() -> new RefusedException(null, "policy.delivery.error.not-found"));
        DeliveryWorkflow.APPLICATION_MACHINE.fire("refuse", a.state(), a, reason, access);
        access.check(DeliveryWorkflow.MANAGE, a.departmentCode());
        if (reason.strip().length() > 1000) {
            throw new RefusedException("reason", "policy.delivery.error.too-long", 1000);
        }
        String by = access.currentUser().orElseThrow().login();
        if (!repository.decided(id, ApplicationState.REFUSED, by, clock.instant(), null, reason.strip())) {
            throw new RefusedException(null, "policy.delivery.error.changed");
        }
        timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.APPLICATION_TYPE, a.recordId(), "refuse",
                a.state().name(), ApplicationState.REFUSED.name(), reason.strip());
        tellDecision(a, "policy.delivery.notice.refused.title", reason.strip());
        return repository.find(RecordScope.ALL, id).orElseThrow();
    }

    private void tellDecision(PolicyApplication a, String titleKey, String detail) {
        reminders.get().ifPresent(r -> r.sendOnce("application-" + a.id(), "decided", Recipient.enterprise(a.uscc()),
                new Message(DeliveryWorkflow.PLUGIN, EntitlementService.text(titleKey, a.policyTitle()),
                        detail, "policy/applications/" + a.id(), Severity.INFO)));
    }

    /** The daily job: applications still waiting after their deadline are flagged and the staff told, once. */
    public int flagOverdue() {
        access.check(DeliveryWorkflow.MANAGE, DeliveryWorkflow.DEPARTMENT);
        int flagged = 0;
        for (PolicyApplication a : repository.overdueUnflagged(today())) {
            if (repository.flagged(a.id(), clock.instant())) {
                flagged++;
                timeline.record(DeliveryWorkflow.PLUGIN, DeliveryWorkflow.APPLICATION_TYPE, a.recordId(), "overdue",
                        a.state().name(), a.state().name(), a.deadline().toString());
                reminders.get().ifPresent(r -> r.sendOnce("application-" + a.id(), "overdue",
                        Recipient.permission(DeliveryWorkflow.MANAGE), new Message(DeliveryWorkflow.PLUGIN,
                                EntitlementService.text("policy.delivery.notice.application-overdue.title",
                                        a.enterpriseName(), a.policyTitle()),
                                a.deadline().format(CHINESE_DATE), "policy/applications/" + a.id(),
                                Severity.WARNING)));
            }
        }
        return flagged;
    }
}
