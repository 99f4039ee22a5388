package cn.gov.laoshan.district.finance.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.jdbi.v3.core.HandleCallback;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.finance.domain.PayoutBatch;
import cn.gov.laoshan.district.finance.domain.Total;
import cn.gov.laoshan.district.finance.domain.Totals;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;

/**
 * The payout ledger (政策兑现): reading the payouts in the reader's scope (the list, totals, batches, the Excel
 * export, the contract's status) and their steps after the request — the enterprise's confirmation (or staff's
 * record of paper confirmations), approval once the public notice is over, payment, rejection. Budgets are
 * {@link Budgets}, requests and imports {@link PayoutIntake}, the public listing (公示) and its objections
 * {@link PayoutListing}. Permission and scope on every read and change; each payout's step on its timeline (which
 * writes the audit log, before and after); each step announced as {@code district/finance/<STATE>}.
 *
 * <p>Money never goes past a budget and no payout is approved or paid twice, however many approvers act at once:
 * the budget's figures move only by conditional updates and a payout's state only from the state it was read in,
 * inside one transaction per step (see {@link PayoutRepository}); a transaction the database chose as a deadlock's
 * victim is run again ({@link #inTransaction}, which the intake and the listing use too).
 */
public class PayoutService {

    static final String TYPE = "Payout";
    static final String BATCH_TYPE = "PayoutBatch";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PayoutRepository repository;
    private final AccessControl access;
    private final Timeline timeline;
    private final AuditLog audit;
    private final RecordEvents events;
    private final Supplier<Optional<PublicNotices>> notices;
    private final Clock clock;

    public PayoutService(PayoutRepository repository, AccessControl access, Timeline timeline, AuditLog audit,
            RecordEvents events, Supplier<Optional<PublicNotices>> notices, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // reading

    public Optional<Payout> find(long id) {
        return repository.find(readable(), id);
    }

    /** Through the contract: staff, the system, or the enterprise's own user. */
    public Optional<Payout> status(PayoutKey key) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(PayoutWorkflow.READ));
        if (user.external() && !user.uscc().equals(key.uscc())) {
            throw new AccessDeniedException(PayoutWorkflow.READ);
        }
        return repository.find(key);
    }

    /** Through the contract: every payout of a policy and period, for staff and the system. */
    public List<Payout> statuses(String policyCode, String period) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(PayoutWorkflow.READ));
        if (user.external()) {
            throw new AccessDeniedException(PayoutWorkflow.READ);
        }
        return repository.list(RecordScope.ALL, new PayoutFilter(policyCode, period, null, null, null), 0, 1_000_000);
    }

    public List<Payout> list(PayoutFilter filter, int offset, int limit) {
        return repository.list(readable(), filter, offset, limit);
    }

    public long count(PayoutFilter filter) {
        return repository.count(readable(), filter);
    }

    /** The ledger in the reader's scope as an .xlsx sheet (amounts as exact decimals; no account numbers). */
    public void exportXlsx(PayoutFilter filter, java.io.OutputStream out) throws java.io.IOException {
        List<Payout> list = repository.list(readable(), filter, 0, Integer.MAX_VALUE - 1);
        try (cn.gov.laoshan.district.uikit.XlsxSheet sheet = cn.gov.laoshan.district.uikit.XlsxSheet.open(out,
                "政策兑现台账", List.of("政策编号", "期间", "统一社会信用代码", "企业名称", "金额（元）", "状态", "批次", "开户行",
                        "拨付日期", "凭证号", "驳回理由", "来源"))) {
            for (Payout p : list) {
                sheet.row(p.policyCode(), p.period(), p.uscc(), p.enterpriseName(), p.amount().amount(),
                        p.state().name(), p.batchId(), p.bank(), p.paidOn(), p.voucherNo(), p.reason(), p.source());
            }
        }
    }

    /** The totals of one grouping ({@link #totals(Integer)}'s). */
    public List<Total> totals(Total.By by, Integer year) {
        return totals(year).by(by);
    }

    /** The payouts in the reader's scope, rejected ones left out, totalled by every grouping at once. */
    public Totals totals(Integer year) {
        return repository.totals(readable(), year);
    }

    public List<PayoutBatch> batches() {
        access.check(PayoutWorkflow.READ);
        return repository.batches(RecordScope.of(access, PayoutWorkflow.READ));
    }

    public Optional<PayoutBatch> batch(long id) {
        access.check(PayoutWorkflow.READ);
        return repository.batch(id).filter(b -> access.scope(PayoutWorkflow.READ).includes(b.departmentCode()));
    }

    /** Staff read with READ, an enterprise user with CONFIRM (its own payouts only). */
    private RecordScope readable() {
        CurrentUser user = access.currentUser().orElse(null);
        String permission = user != null && user.external() ? PayoutWorkflow.CONFIRM : PayoutWorkflow.READ;
        access.check(permission);
        return RecordScope.of(access, permission);
    }

    // the steps

    /** Whether the current user may confirm {@code payout}: an enterprise user of its enterprise. */
    public boolean mayConfirm(Payout payout) {
        CurrentUser user = access.currentUser().orElse(null);
        return user != null && user.external() && user.uscc().equals(payout.uscc())
                && access.has(PayoutWorkflow.CONFIRM);
    }

    /** Whether the current user holds {@code permission} in the payout's department. */
    public boolean may(String permission, Payout payout) {
        return access.has(permission) && access.scope(permission).includes(payout.departmentCode());
    }

    /** The enterprise confirms its payout and the account to pay into (its own only). */
    public Payout confirm(long id, BankAccount account) {
        if (account == null) {
            throw new RefusedException("account", "finance.error.no-account");
        }
        Payout payout = find(id).orElseThrow(PayoutService::notFound);
        access.checkEnterprise(PayoutWorkflow.CONFIRM, payout.uscc());
        PayoutWorkflow.MACHINE.fire("confirm", payout.state(), payout, null, access);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("bank", account.bank());
        set.put("account_name", account.accountName());
        set.put("account_number", account.number());
        set.put("confirmed_by", login());
        set.put("confirmed_at", clock.instant());
        moveOne(payout, PayoutState.CONFIRMED, set);
        return recorded(id, "confirm", payout.state(), PayoutState.CONFIRMED, null);
    }

    /**
     * Staff record that the enterprises of a policy's period returned their signed confirmations (确认回执) for the
     * whole list: every requested payout of it that has an account moves to confirmed. One audit entry. Returns how
     * many moved.
     */
    public int confirmOnPaper(String policyCode, String period) {
        Budget budget = repository.budget(policyCode, probeYear(period)).orElseThrow(() -> new RefusedException(
                "policyCode", "finance.error.no-budget", policyCode));
        access.check(PayoutWorkflow.MANAGE, budget.departmentCode());
        String by = login();
        Instant now = clock.instant();
        int moved = inTransaction(h -> PayoutRepository.confirmAll(h, policyCode, period, by, now));
        audit.record(PayoutWorkflow.PLUGIN, "finance.payout.confirm-on-paper", TYPE, policyCode + " " + period,
                null, moved + " confirmed");
        return moved;
    }


    static int probeYear(String period) {
        if (period == null || !period.matches("(19|20)\\d\\d.{0,16}")) {
            throw new RefusedException("period", "finance.error.period");
        }
        return Integer.parseInt(period.substring(0, 4));
    }


    /** Approves what is still listed of a batch (批量审批). */
    public int approveBatch(long batchId) {
        batch(batchId).orElseThrow(PayoutService::notFound);
        return approve(repository.listedIn(batchId));
    }

    /**
     * Approves listed payouts, each once: those another approver approved first are left out (and not counted
     * twice); refused whole when a notice is not over or has unresolved objections, or approving would pass a
     * budget. Returns how many this call approved.
     */
    public int approve(List<Long> ids) {
        access.check(PayoutWorkflow.APPROVE);
        TreeSet<Long> sorted = new TreeSet<>(ids);
        Map<Long, Boolean> batchReady = new HashMap<>();
        for (Long id : sorted) {
            Payout p = find(id).orElseThrow(PayoutService::notFound);
            access.check(PayoutWorkflow.APPROVE, p.departmentCode());
            if (p.state() != PayoutState.LISTED) {
                continue;
            }
            if (!batchReady.computeIfAbsent(p.batchId(), this::noticeOver)) {
                throw new RefusedException(null, "finance.error.notice-running", p.batchId());
            }
        }
        String by = login();
        Instant now = clock.instant();
        List<Long> approved = inTransaction(h -> {
            // payouts in id order, then budgets in id order: every approver takes the locks in the same order
            List<Long> moved = new ArrayList<>();
            TreeMap<Long, Yuan> perBudget = new TreeMap<>();
            for (Long id : sorted) {
                if (PayoutRepository.move(h, id, PayoutState.LISTED, PayoutState.APPROVED, now,
                        Map.of("approved_by", by, "approved_at", now))) {
                    moved.add(id);
                    perBudget.merge(PayoutRepository.budgetOf(h, id), PayoutRepository.find(h, id).amount(),
                            Yuan::plus);
                }
            }
            for (Map.Entry<Long, Yuan> e : perBudget.entrySet()) {
                if (!PayoutRepository.approve(h, e.getKey(), e.getValue())) {
                    throw new RefusedException(null, "finance.error.over-budget");
                }
            }
            return moved;
        });
        for (Long id : approved) {
            recorded(id, "approve", PayoutState.LISTED, PayoutState.APPROVED, null);
        }
        return approved.size();
    }

    /** Whether a batch's notice ended and each objection to it was resolved. */
    private boolean noticeOver(Long batchId) {
        if (batchId == null) {
            return false;
        }
        PayoutBatch batch = repository.batch(batchId).orElseThrow();
        PublicNotice notice = notices.get().flatMap(n -> n.find(batch.noticeId())).orElse(null);
        if (notice == null || notice.state() != NoticeState.CLOSED) {
            return false;
        }
        if (notice.objections() == 0) {
            return true;
        }
        Set<Long> resolved = repository.resolvedObjections(batchId);
        return notices.get().orElseThrow().objections(batch.noticeId()).stream().allMatch(o -> resolved.contains(o.id()));
    }

    /** Records the payment of an approved payout: its date and the voucher number (记账凭证号). */
    public Payout pay(long id, LocalDate paidOn, String voucherNo) {
        Payout payout = find(id).orElseThrow(PayoutService::notFound);
        access.check(PayoutWorkflow.MANAGE, payout.departmentCode());
        if (paidOn == null || paidOn.isAfter(today()) || payout.approvedAt() != null
                && paidOn.isBefore(LocalDate.ofInstant(payout.approvedAt(), ZONE))) {
            throw new RefusedException("paidOn", "finance.error.paid-on");
        }
        String voucher = required("voucherNo", voucherNo, 40);
        PayoutWorkflow.MACHINE.fire("pay", payout.state(), payout, null, access);
        Instant now = clock.instant();
        inTransaction(h -> {
            if (!PayoutRepository.move(h, id, PayoutState.APPROVED, PayoutState.PAID, now,
                    Map.of("paid_on", paidOn, "voucher_no", voucher))) {
                throw new RefusedException(null, "finance.error.changed");
            }
            PayoutRepository.paid(h, PayoutRepository.budgetOf(h, id), payout.amount());
            return null;
        });
        return recorded(id, "pay", PayoutState.APPROVED, PayoutState.PAID,
                "amount=" + payout.amount().amount().toPlainString() + " paidOn=" + paidOn + " voucher=" + voucher);
    }

    /** Rejects a payout not yet paid, with the reason; what it claimed of the budget is given back. */
    public Payout reject(long id, String reason) {
        Payout payout = find(id).orElseThrow(PayoutService::notFound);
        access.check(PayoutWorkflow.MANAGE, payout.departmentCode());
        PayoutWorkflow.MACHINE.fire("reject", payout.state(), payout, reason, access);
        String why = required("reason", reason, 500);
        Instant now = clock.instant();
        inTransaction(h -> {
            if (!PayoutRepository.move(h, id, payout.state(), PayoutState.REJECTED, now, Map.of("reason", why))) {
                throw new RefusedException(null, "finance.error.changed");
            }
            PayoutRepository.release(h, PayoutRepository.budgetOf(h, id), payout.amount(),
                    payout.state() == PayoutState.APPROVED);
            return null;
        });
        return recorded(id, "reject", payout.state(), PayoutState.REJECTED, why);
    }

    private void moveOne(Payout payout, PayoutState to, Map<String, Object> set) {
        Instant now = clock.instant();
        boolean moved = inTransaction(h -> PayoutRepository.move(h, payout.id(), payout.state(), to, now, set));
        if (!moved) {
            throw new RefusedException(null, "finance.error.changed");
        }
    }

    /** Puts the step on the payout's timeline (and so in the audit log) and announces its new state. */
    Payout recorded(long id, String action, PayoutState from, PayoutState to, String note) {
        timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(),
                to.name(), note);
        Payout payout = repository.jdbi().withHandle(h -> PayoutRepository.find(h, id));
        events.post(to.name(), String.valueOf(id), payout.departmentCode(), Map.of("uscc", payout.uscc(),
                "policyCode", payout.policyCode(), "period", payout.period()));
        return payout;
    }

    /**
     * What the service works with, for the listing, which works on the same ledger with the same parts (one place
     * that holds them, instead of a second set of fields kept in step by the plugin's wiring).
     */
    record Parts(PayoutRepository repository, AccessControl access, Timeline timeline, AuditLog audit,
            RecordEvents events, Supplier<Optional<PublicNotices>> notices, Clock clock) {
    }

    Parts parts() {
        return new Parts(repository, access, timeline, audit, events, notices, clock);
    }

    /** One transaction; run again (up to three times) when the database chose it as a deadlock's victim. */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return repository.jdbi().inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= 3 || !deadlock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()) || "40XL1".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    String login() {
        return access.currentUser().map(CurrentUser::login).orElse("system");
    }

    static RefusedException notFound() {
        return new RefusedException(null, "finance.error.not-found");
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RefusedException(field, "finance.error.required");
        }
        if (value.strip().length() > maxLength) {
            throw new RefusedException(field, "finance.error.too-long", maxLength);
        }
        return value.strip();
    }
}
