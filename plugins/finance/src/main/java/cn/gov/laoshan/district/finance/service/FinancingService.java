package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notify.Message;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Recipient;
import cn.gov.laoshan.district.api.notify.Severity;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.finance.domain.Bank;
import cn.gov.laoshan.district.finance.domain.BankProduct;
import cn.gov.laoshan.district.finance.domain.Check;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.EnterpriseProfile;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;
import cn.gov.laoshan.district.finance.domain.MatchFigures;
import cn.gov.laoshan.district.finance.domain.ProductMatch;

/**
 * Financing matchmaking (金企通): an enterprise's demand (entered by its user or by finance staff), matched against
 * the banks' products with the reasons, pushed by staff to a bank with the working day its answer is due by, answered
 * by the bank's staff (granted with amount, rate and date, or declined with the reason). Every list is scoped in SQL:
 * staff see their department's, an enterprise's users their own demands, a bank's users only what was pushed to
 * their bank. Each step is on the demand's timeline (and so audited) and announced as
 * {@code district/finance/financing/<STATE>}.
 */
public class FinancingService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String TYPE = "FinancingDemand";

    private final FinancingRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final RecordEvents events;
    private final WorkingDayCalendar calendar;
    private final BiFunction<String, LocalDate, Optional<EnterpriseProfile>> profiles;
    private final Supplier<Optional<Notifications>> notifications;
    private final Clock clock;

    /**
     * @param profiles the registry's facts of an enterprise for the criteria, read as the platform (a bank's user
     *                 matching nothing needs no registry permission)
     */
    public FinancingService(FinancingRepository repository, AccessControl access, Timeline timeline,
            RecordEvents events, WorkingDayCalendar calendar, BiFunction<String, LocalDate, Optional<EnterpriseProfile>> profiles,
            Supplier<Optional<Notifications>> notifications, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.events = events;
        this.calendar = calendar;
        this.profiles = profiles;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The same service on another clock: the demo data's history is made by it on earlier days. */
    public FinancingService at(Clock other) {
        return new FinancingService(repository, access, timeline, events, calendar, profiles, notifications, other);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    // demands

    /** A demand of an enterprise: its own user (APPLY, its enterprise only) or finance staff (MANAGE). */
    public FinancingDemand submit(FinancingDemand.Draft d) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(FinancingWorkflow.APPLY));
        String uscc;
        try {
            uscc = Uscc.parse(d.uscc() == null && user.external() ? user.uscc() : d.uscc()).value();
        } catch (InvalidUsccException | NullPointerException e) {
            throw new RefusedException("uscc", "finance.equity.error.uscc");
        }
        if (user.external()) {
            access.checkEnterprise(FinancingWorkflow.APPLY, uscc);
        } else {
            access.check(FinancingWorkflow.MANAGE, PayoutWorkflow.DEPARTMENT);
        }
        if (d.amount() == null || d.amount().compareTo(Yuan.ZERO) <= 0) {
            throw new RefusedException("amount", "finance.error.amount");
        }
        if (d.termMonths() < 1 || d.termMonths() > 360) {
            throw new RefusedException("termMonths", "finance.error.term");
        }
        String purpose = PayoutService.required("purpose", d.purpose(), 500);
        String collateral = optional("collateral", d.collateral(), 300);
        String guarantee = optional("guarantee", d.guarantee(), 300);
        EnterpriseProfile profile = profiles.apply(uscc, today())
                .orElseThrow(() -> new RefusedException("uscc", "finance.error.unknown-enterprise", uscc));
        Instant now = clock.instant();
        long id = repository.insertDemand(new FinancingDemand(0, uscc, profile.name(), d.amount(), d.termMonths(),
                purpose, collateral, guarantee, FinancingDemand.State.SUBMITTED, PayoutWorkflow.DEPARTMENT,
                user.login(), now));
        timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(id), "submit", null,
                FinancingDemand.State.SUBMITTED.name(), "amount=" + d.amount().amount().toPlainString() + " term="
                        + d.termMonths() + (user.external() ? "" : " entered by staff"));
        events.post(FinancingDemand.State.SUBMITTED.name(), String.valueOf(id), PayoutWorkflow.DEPARTMENT,
                Map.of("uscc", uscc, "amount", d.amount().amount().toPlainString()));
        notify(Recipient.department(PayoutWorkflow.DEPARTMENT), "新的融资需求：" + profile.name(),
                profile.name() + " 申请融资 " + d.amount().format() + "，期限 " + d.termMonths() + " 个月，用途：" + purpose,
                "finance/financing");
        return demand(id).orElseThrow();
    }

    /** Demands in the reader's scope: staff READ (their department's), an enterprise's user APPLY (its own). */
    public List<FinancingDemand> demands(FinancingDemand.State state) {
        return repository.demands(demandScope(), state);
    }

    public Optional<FinancingDemand> demand(long id) {
        return repository.demand(demandScope(), id);
    }

    /** A demand's pushes and answers, for those who may read the demand. */
    public List<DemandPush> pushesOf(FinancingDemand demand) {
        FinancingDemand seen = demand(demand.id()).orElseThrow(PayoutService::notFound);
        return repository.pushesOf(seen.id());
    }

    /** A demand's steps, newest first, for those who may read it. */
    public List<cn.gov.laoshan.district.api.workflow.TimelineEntry> timeline(FinancingDemand demand) {
        FinancingDemand seen = demand(demand.id()).orElseThrow(PayoutService::notFound);
        return timeline.of(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(seen.id()));
    }

    private RecordScope demandScope() {
        String permission = external() ? FinancingWorkflow.APPLY : FinancingWorkflow.READ;
        access.check(permission);
        return RecordScope.of(access, permission);
    }

    /** The enterprise (APPLY) or staff (MANAGE) withdraw a demand not granted yet. */
    public FinancingDemand withdraw(long id, String reason) {
        FinancingDemand demand = demand(id).orElseThrow(PayoutService::notFound);
        String action = external() ? "withdraw" : "withdraw-for";
        if (!external()) {
            access.check(FinancingWorkflow.MANAGE, demand.departmentCode());
        }
        FinancingDemand.State to = FinancingWorkflow.DEMAND.fire(action, demand.state(), demand, reason, access);
        String why = PayoutService.required("reason", reason, 500);
        if (!repository.jdbi().inTransaction(h -> FinancingRepository.moveDemand(h, id, demand.state(), to,
                clock.instant()))) {
            throw new RefusedException(null, "finance.error.changed");
        }
        return recorded(id, action, demand.state(), to, why, Map.of());
    }

    // matching and pushing

    /** Every active product for the demand with the reasons, the matching ones first, then by lowest rate. */
    public List<ProductMatch> matches(long demandId) {
        FinancingDemand demand = demand(demandId).orElseThrow(PayoutService::notFound);
        EnterpriseProfile profile = profile(demand.uscc());
        Map<Long, Bank> banks = banksById();
        List<ProductMatch> matches = new ArrayList<>();
        for (BankProduct p : repository.products(true)) {
            matches.add(new ProductMatch(p, banks.get(p.bankId()), p.checks(demand, profile)));
        }
        matches.sort(Comparator.comparing((ProductMatch m) -> m.failed())
                .thenComparing(m -> m.product().rateMin()).thenComparing(m -> m.product().id()));
        return matches;
    }

    /**
     * Staff push a demand to a product its enterprise meets every criterion of: the bank's staff see it from now
     * and answer by the working day {@code product.responseDays(bank)} after today. A demand goes to one bank once.
     */
    public DemandPush push(long demandId, long productId) {
        FinancingDemand demand = demand(demandId).orElseThrow(PayoutService::notFound);
        access.check(FinancingWorkflow.MANAGE, demand.departmentCode());
        FinancingWorkflow.DEMAND.fire("push", demand.state(), demand, null, access);
        BankProduct product = repository.product(productId).filter(BankProduct::active)
                .orElseThrow(() -> new RefusedException("product", "finance.error.not-found"));
        Bank bank = repository.bank(product.bankId()).orElseThrow();
        List<Check> reasons = product.checks(demand, profile(demand.uscc()));
        if (!reasons.stream().allMatch(Check::met)) {
            throw new RefusedException("product", "finance.error.not-eligible", product.name());
        }
        LocalDate due = calendar.deadline(today(), product.responseDays(bank));
        Instant now = clock.instant();
        long id;
        try {
            id = repository.jdbi().inTransaction(h -> {
                if (!FinancingRepository.moveDemand(h, demandId, demand.state(), FinancingDemand.State.PUSHED, now)) {
                    throw new RefusedException(null, "finance.error.changed");
                }
                return FinancingRepository.insertPush(h, demandId, product, bank, reasons, demand.departmentCode(),
                        login(), now, due);
            });
        } catch (RefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (repository.pushesOf(demandId).stream().anyMatch(p -> p.bankId() == bank.id())) {
                throw new RefusedException("product", "finance.error.pushed-twice", bank.name());
            }
            throw e;
        }
        recorded(demandId, "push", demand.state(), FinancingDemand.State.PUSHED, bank.name() + " / " + product.name()
                + " due=" + due, Map.of("bank", bank.uscc(), "pushId", id));
        notify(Recipient.enterprise(bank.uscc()), "金企通推送的融资需求：" + demand.enterpriseName(),
                demand.enterpriseName() + " 申请 " + demand.amount().format() + "，期限 " + demand.termMonths()
                        + " 个月（" + product.name() + "），请于 " + due + " 前答复。", "finance/bank-demands");
        return repository.push(RecordScope.ALL, id).orElseThrow();
    }

    // the bank's side

    /** Pushes in the reader's scope: a bank's user (RESPOND) those to its bank, staff (READ) their department's. */
    public List<DemandPush> pushes(DemandPush.State state) {
        return repository.pushes(pushScope(), state);
    }

    public Optional<DemandPush> push(long id) {
        return repository.push(pushScope(), id);
    }

    private RecordScope pushScope() {
        String permission = external() ? FinancingWorkflow.RESPOND : FinancingWorkflow.READ;
        access.check(permission);
        return RecordScope.of(access, permission);
    }

    /** Whether the current user is finance staff who may push and withdraw this demand. */
    public boolean mayManage(FinancingDemand demand) {
        return !external() && access.has(FinancingWorkflow.MANAGE)
                && access.scope(FinancingWorkflow.MANAGE).includes(demand.departmentCode());
    }

    /** Whether the current user answers for the push's bank. */
    public boolean mayAnswer(DemandPush push) {
        CurrentUser user = access.currentUser().orElse(null);
        return push.state() == DemandPush.State.PUSHED && user != null && user.external()
                && push.bankUscc().equals(user.uscc()) && access.has(FinancingWorkflow.RESPOND);
    }

    /** The bank grants the loan: amount (at most what was asked), rate (percent a year) and date. */
    public DemandPush grant(long pushId, Yuan amount, BigDecimal rate, LocalDate on) {
        DemandPush push = answerable(pushId);
        FinancingWorkflow.PUSH.fire("grant", push.state(), push, null, access);
        if (amount == null || amount.compareTo(Yuan.ZERO) <= 0 || amount.compareTo(push.amount()) > 0) {
            throw new RefusedException("grantedAmount", "finance.error.granted-amount", push.amount().format());
        }
        if (rate == null || rate.signum() <= 0 || rate.compareTo(new BigDecimal("36")) > 0 || rate.scale() > 3) {
            throw new RefusedException("grantedRate", "finance.error.rate");
        }
        LocalDate pushedOn = LocalDate.ofInstant(push.pushedAt(), ZONE);
        if (on == null || on.isAfter(today()) || on.isBefore(pushedOn)) {
            throw new RefusedException("grantedOn", "finance.error.granted-on");
        }
        answer(push, DemandPush.State.GRANTED, amount, rate, on, null);
        return recordedAnswer(push, "grant", FinancingDemand.State.GRANTED, "amount=" + amount.amount().toPlainString()
                + " rate=" + rate.toPlainString() + " on=" + on);
    }

    /** The bank declines, with the reason the enterprise will read. */
    public DemandPush decline(long pushId, String reason) {
        DemandPush push = answerable(pushId);
        FinancingWorkflow.PUSH.fire("decline", push.state(), push, reason, access);
        String why = PayoutService.required("reason", reason, 500);
        answer(push, DemandPush.State.DECLINED, null, null, null, why);
        return recordedAnswer(push, "decline", FinancingDemand.State.DECLINED, why);
    }

    private DemandPush answerable(long pushId) {
        access.check(FinancingWorkflow.RESPOND);
        // another bank's push is not found: the scope is in the query
        DemandPush push = repository.push(RecordScope.of(access, FinancingWorkflow.RESPOND), pushId)
                .orElseThrow(PayoutService::notFound);
        access.checkEnterprise(FinancingWorkflow.RESPOND, push.bankUscc());
        return push;
    }

    /** Sets the answer and moves the demand: granted by this bank, or declined when no bank has it open. */
    private void answer(DemandPush push, DemandPush.State to, Yuan amount, BigDecimal rate, LocalDate grantedOn,
            String reason) {
        Instant now = clock.instant();
        String by = login();
        repository.jdbi().useTransaction(h -> {
            if (!FinancingRepository.answer(h, push.id(), to, by, now, today(), amount, rate, grantedOn, reason)) {
                throw new RefusedException(null, "finance.error.changed");
            }
            FinancingDemand demand = FinancingRepository.demand(h, push.demandId());
            if (demand.state() == FinancingDemand.State.PUSHED) {
                if (to == DemandPush.State.GRANTED) {
                    FinancingRepository.moveDemand(h, demand.id(), demand.state(), FinancingDemand.State.GRANTED, now);
                } else if (FinancingRepository.countPushes(h, demand.id(), DemandPush.State.PUSHED) == 0
                        && FinancingRepository.countPushes(h, demand.id(), DemandPush.State.GRANTED) == 0) {
                    FinancingRepository.moveDemand(h, demand.id(), demand.state(), FinancingDemand.State.DECLINED, now);
                }
            }
        });
    }

    private DemandPush recordedAnswer(DemandPush push, String action, FinancingDemand.State demandState,
            String note) {
        FinancingDemand after = repository.jdbi().withHandle(h -> FinancingRepository.demand(h, push.demandId()));
        timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(push.demandId()), action,
                FinancingDemand.State.PUSHED.name(), after.state().name(), push.bankName() + " / "
                        + push.productName() + " " + note);
        events.post(action.equals("grant") ? DemandPush.State.GRANTED.name() : DemandPush.State.DECLINED.name(),
                String.valueOf(push.demandId()), after.departmentCode(), Map.of("uscc", push.uscc(), "bank",
                        push.bankUscc(), "pushId", push.id(), "demandState", after.state().name()));
        String title = (action.equals("grant") ? "银行已放款：" : "银行未予授信：") + push.bankName();
        String body = push.bankName() + "（" + push.productName() + "）对 " + push.amount().format() + " 的融资需求"
                + (action.equals("grant") ? "已批准：" : "答复：") + note;
        notify(Recipient.enterprise(push.uscc()), title, body, "finance/my-financing");
        notify(Recipient.department(after.departmentCode()), title + " — " + push.enterpriseName(), body,
                "finance/financing");
        return repository.push(RecordScope.ALL, push.id()).orElseThrow();
    }

    // figures

    /**
     * Success rate and response times: demands granted of those answered, and per bank its answers, grants, mean
     * working days from push to answer and answers after the committed day. Staff (READ).
     */
    public MatchFigures figures() {
        access.check(FinancingWorkflow.READ);
        List<DemandPush> all = repository.pushes(RecordScope.of(access, FinancingWorkflow.READ), null);
        List<FinancingDemand> demands = repository.demands(RecordScope.of(access, FinancingWorkflow.READ), null);
        return MatchFigures.of(demands, all, today(), calendar);
    }

    // helpers

    private EnterpriseProfile profile(String uscc) {
        return profiles.apply(uscc, today()).orElseThrow(() -> new RefusedException("uscc", "finance.error.unknown-enterprise",
                uscc));
    }

    Map<Long, Bank> banksById() {
        Map<Long, Bank> banks = new java.util.HashMap<>();
        repository.banks().forEach(b -> banks.put(b.id(), b));
        return banks;
    }

    private FinancingDemand recorded(long id, String action, FinancingDemand.State from, FinancingDemand.State to,
            String note, Map<String, Object> properties) {
        timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(),
                to.name(), note);
        FinancingDemand after = repository.jdbi().withHandle(h -> FinancingRepository.demand(h, id));
        Map<String, Object> props = new java.util.HashMap<>(properties);
        props.put("uscc", after.uscc());
        events.post(to.name(), String.valueOf(id), after.departmentCode(), props);
        return after;
    }

    private void notify(Recipient to, String title, String body, String link) {
        notifications.get().ifPresent(n -> n.send(to, new Message(PayoutWorkflow.PLUGIN,
                title.length() > 200 ? title.substring(0, 200) : title, body, link, Severity.INFO)));
    }

    private boolean external() {
        return access.currentUser().map(CurrentUser::external).orElse(false);
    }

    private String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RefusedException(field, "finance.error.too-long", max);
        }
        return value.strip();
    }
}
