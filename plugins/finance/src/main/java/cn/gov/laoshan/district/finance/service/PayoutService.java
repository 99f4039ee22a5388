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

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.imports.ImportRefusedException;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.notice.NoticePeriod;
import cn.gov.laoshan.district.api.notice.NoticeRequest;
import cn.gov.laoshan.district.api.notice.NoticeState;
import cn.gov.laoshan.district.api.notice.Objection;
import cn.gov.laoshan.district.api.notice.PublicNotice;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutOutcome;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
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
import cn.gov.laoshan.district.uikit.imports.CheckedRows;
import cn.gov.laoshan.district.finance.domain.PayoutFilter;

/**
 * The payout ledger (政策兑现): budgets, requests (the payout contract, imports), the enterprise's confirmation,
 * public listing (公示) with objections, approval, payment, rejection. Permission and scope on every read and change;
 * each payout's step on its timeline (which writes the audit log, before and after); each budget change audited
 * with the amounts before and after; each step announced as {@code district/finance/<STATE>}.
 *
 * <p>Money never goes past a budget and no payout is approved or paid twice, however many approvers act at once:
 * the budget's figures move only by conditional updates and a payout's state only from the state it was read in,
 * inside one transaction per step (see {@link PayoutRepository}); a transaction the database chose as a deadlock's
 * victim is run again.
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
    private final EnterpriseLookup enterprises;
    private final Clock clock;

    public PayoutService(PayoutRepository repository, AccessControl access, Timeline timeline, AuditLog audit,
            RecordEvents events, Supplier<Optional<PublicNotices>> notices, EnterpriseLookup enterprises, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.notices = notices;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // budgets

    /** Sets a policy's budget for a year (a new one, or a new amount and notice period for an existing one). */
    public Budget setBudget(String policyCode, String policyName, int year, String departmentCode, Yuan amount,
            int noticeDays) {
        String department = departmentCode == null || departmentCode.isBlank() ? PayoutWorkflow.DEPARTMENT
                : departmentCode.strip();
        access.check(PayoutWorkflow.MANAGE, department);
        if (policyCode == null || !policyCode.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new RefusedException("policyCode", "finance.error.policy-code");
        }
        String name = required("policyName", policyName, 200);
        if (year < 2000 || year > 2100) {
            throw new RefusedException("year", "finance.error.year");
        }
        if (amount == null || amount.compareTo(Yuan.ZERO) < 0) {
            throw new RefusedException("amount", "finance.error.amount");
        }
        if (noticeDays < 1 || noticeDays > 60) {
            throw new RefusedException("noticeDays", "finance.error.notice-days");
        }
        String code = policyCode.strip();
        Optional<Budget> before = repository.budget(code, year);
        long id;
        if (before.isPresent()) {
            if (!before.get().departmentCode().equals(department)) {
                access.check(PayoutWorkflow.MANAGE, before.get().departmentCode());
            }
            id = before.get().id();
            if (!repository.setBudgetAmount(id, amount, noticeDays)) {
                throw new RefusedException("amount", "finance.error.below-committed",
                        before.get().committed().format());
            }
        } else {
            id = repository.insertBudget(new Budget(0, code, name, year, department, amount, Yuan.ZERO, Yuan.ZERO,
                    Yuan.ZERO, noticeDays));
        }
        Budget after = repository.budget(id).orElseThrow();
        audit.record(PayoutWorkflow.PLUGIN, "finance.budget.set", "Budget", String.valueOf(id),
                before.map(PayoutService::describe).orElse(null), describe(after));
        return after;
    }

    private static String describe(Budget b) {
        return b.policyCode() + " " + b.budgetYear() + " amount=" + b.amount().amount().toPlainString()
                + " committed=" + b.committed().amount().toPlainString() + " noticeDays=" + b.noticeDays();
    }

    public List<Budget> budgets(Integer year) {
        access.check(PayoutWorkflow.READ);
        return repository.budgets(RecordScope.of(access, PayoutWorkflow.READ), year);
    }

    // requests

    /**
     * A request through the payout contract: accepted, duplicate, over budget or refused, never thrown. The answer's
     * reasons are in both languages.
     */
    public PayoutAnswer request(PayoutRequest request) {
        CurrentUser user = access.currentUser().orElseThrow(() -> new AccessDeniedException(PayoutWorkflow.REQUEST));
        if (user.external()) {
            if (!user.uscc().equals(request.key().uscc())) {
                throw new AccessDeniedException(PayoutWorkflow.REQUEST);
            }
        } else if (!user.platformAdmin()) {
            access.check(PayoutWorkflow.REQUEST);
        }
        Optional<Payout> held = repository.find(request.key());
        if (held.isPresent()) {
            return duplicate(held.get());
        }
        Optional<Budget> budget = repository.budget(request.key().policyCode(), request.key().year());
        if (budget.isEmpty()) {
            return new PayoutAnswer(PayoutOutcome.REFUSED, null,
                    "政策 " + request.key().policyCode() + " 没有 " + request.key().year() + " 年度的预算",
                    "policy " + request.key().policyCode() + " has no budget for " + request.key().year());
        }
        Optional<EnterpriseLookup.Facts> facts = enterprises.find(request.key().uscc());
        if (facts.isEmpty()) {
            return new PayoutAnswer(PayoutOutcome.REFUSED, null, "企业 " + request.key().uscc() + " 不在市场主体库中",
                    "enterprise " + request.key().uscc() + " is not in the registry");
        }
        Instant now = clock.instant();
        boolean confirmed = request.confirmedBy() != null;
        BankAccount account = request.account();
        Payout payout = new Payout(0, request.key().policyCode(), request.key().period(), request.key().uscc(),
                request.enterpriseName().strip(), request.amount(), account == null ? null : account.bank(),
                account == null ? null : account.accountName(), account == null ? null : account.number(),
                confirmed ? PayoutState.CONFIRMED : PayoutState.REQUESTED, null, request.source(),
                budget.get().departmentCode(), facts.get().industryCode(), facts.get().street(), month(now), now,
                request.confirmedBy(), confirmed ? now : null, null, null, null, null, null, now);
        long id;
        try {
            id = inTransaction(h -> {
                if (!PayoutRepository.commit(h, budget.get().id(), request.amount())) {
                    return -1L;
                }
                return PayoutRepository.insert(h, budget.get().id(), payout);
            });
        } catch (RuntimeException e) {
            // the same key inserted by another request a moment ago: the unique key refused ours
            Optional<Payout> raced = repository.find(request.key());
            if (raced.isPresent()) {
                return duplicate(raced.get());
            }
            throw e;
        }
        if (id < 0) {
            Yuan left = repository.budget(budget.get().id()).orElseThrow().remaining();
            return new PayoutAnswer(PayoutOutcome.OVER_BUDGET, null,
                    "超出预算：政策 " + request.key().policyCode() + " " + request.key().year() + " 年度剩余 "
                            + left.format() + "，申请 " + request.amount().format(),
                    "over budget: policy " + request.key().policyCode() + " has " + left.format(java.util.Locale.ENGLISH)
                            + " left for " + request.key().year() + ", asked " + request.amount().format(java.util.Locale.ENGLISH));
        }
        Payout stored = recorded(id, "request", null, payout.state(),
                "source=" + request.source() + " amount=" + request.amount().amount().toPlainString());
        return new PayoutAnswer(PayoutOutcome.ACCEPTED, stored.status(), null, null);
    }

    /**
     * Records many requests at once (an import, all or nothing): refused whole, with each problem at its row, when a
     * policy has no budget for the year, a request repeats one in the ledger or in the list, or a budget cannot hold
     * what its requests ask ({@link ImportRefusedException}). One audit entry for the import. Returns how many were
     * recorded. Rows are numbered as in a file with a header row (the first request is row 2).
     */
    public int importRequests(List<PayoutRequest> requests) {
        List<CheckedRows.Checked<PayoutRequest>> rows = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            rows.add(new CheckedRows.Checked<>(i + 2, requests.get(i)));
        }
        return importChecked(rows);
    }

    /** {@link #importRequests} for rows read from a file, each with its row number. */
    int importChecked(List<CheckedRows.Checked<PayoutRequest>> rows) {
        access.check(PayoutWorkflow.MANAGE, PayoutWorkflow.DEPARTMENT);
        Instant now = clock.instant();
        String month = month(now);
        int written = inTransaction(h -> {
            Map<String, Optional<Budget>> budgets = new HashMap<>();
            Map<String, Set<String>> existing = new HashMap<>();
            Map<Long, List<Payout>> byBudget = new TreeMap<>();
            Map<Long, Yuan> asked = new TreeMap<>();
            Map<Long, Budget> used = new HashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            for (CheckedRows.Checked<PayoutRequest> row : rows) {
                PayoutRequest r = row.value();
                PayoutKey k = r.key();
                Optional<Budget> b = budgets.computeIfAbsent(k.policyCode() + "\u0000" + k.year(),
                        x -> PayoutRepository.budget(h, k.policyCode(), k.year()));
                if (b.isEmpty()) {
                    problems.add(new ImportProblem(row.row(), "policyCode", "政策 " + k.policyCode() + " 没有 "
                            + k.year() + " 年度的预算", "policy " + k.policyCode() + " has no budget for " + k.year()));
                    continue;
                }
                if (!existing.computeIfAbsent(k.policyCode() + "\u0000" + k.period(),
                        x -> PayoutRepository.existing(h, k.policyCode(), k.period())).add(k.uscc())) {
                    problems.add(new ImportProblem(row.row(), "uscc", "企业 " + k.uscc() + " 本期已有此政策的兑现记录，或在文件中重复",
                            "enterprise " + k.uscc() + " already has this policy's payout for the period, or appears twice"));
                    continue;
                }
                boolean confirmed = r.confirmedBy() != null;
                BankAccount a = r.account();
                used.put(b.get().id(), b.get());
                byBudget.computeIfAbsent(b.get().id(), x -> new ArrayList<>()).add(new Payout(0, k.policyCode(),
                        k.period(), k.uscc(), r.enterpriseName().strip(), r.amount(), a == null ? null : a.bank(),
                        a == null ? null : a.accountName(), a == null ? null : a.number(),
                        confirmed ? PayoutState.CONFIRMED : PayoutState.REQUESTED, null, r.source(),
                        b.get().departmentCode(), null, null, month, now, r.confirmedBy(), confirmed ? now : null,
                        null, null, null, null, null, now));
                asked.merge(b.get().id(), r.amount(), Yuan::plus);
                if (problems.size() >= 1000) {
                    break;
                }
            }
            for (Map.Entry<Long, Yuan> e : asked.entrySet()) {
                if (problems.isEmpty() && !PayoutRepository.commit(h, e.getKey(), e.getValue())) {
                    Budget b = used.get(e.getKey());
                    Yuan left = PayoutRepository.budget(h, b.policyCode(), b.budgetYear()).orElseThrow().remaining();
                    problems.add(ImportProblem.ofFile("政策 " + b.policyCode() + " 本次导入合计 " + e.getValue().format()
                            + "，超出剩余预算 " + left.format(), "policy " + b.policyCode() + ": the file asks "
                            + e.getValue().format(java.util.Locale.ENGLISH) + ", more than the "
                            + left.format(java.util.Locale.ENGLISH) + " left of its budget"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems);
            }
            return PayoutRepository.insertAll(h, byBudget);
        });
        Yuan total = rows.stream().map(r -> r.value().amount()).reduce(Yuan.ZERO, Yuan::plus);
        audit.record(PayoutWorkflow.PLUGIN, "finance.payout.import", TYPE, written + " payouts", null,
                "total=" + total.amount().toPlainString());
        return written;
    }

    /** Reads, checks and imports a CSV or .xlsx file of requests (all or nothing; the report lists each problem). */
    public ImportReport importFile(java.io.InputStream in, ImportFormat format, ImportProgress progress)
            throws java.io.IOException {
        access.check(PayoutWorkflow.MANAGE, PayoutWorkflow.DEPARTMENT);
        return PayoutImport.read(in, format, progress, this::importChecked);
    }

    private static PayoutAnswer duplicate(Payout held) {
        return new PayoutAnswer(PayoutOutcome.DUPLICATE, held.status(),
                "重复申请：该企业本期已有此政策的兑现记录（" + held.amount().format() + "）",
                "duplicate: the enterprise already has this policy's payout for the period ("
                        + held.amount().format(java.util.Locale.ENGLISH) + ")");
    }

    static String month(Instant at) {
        return java.time.YearMonth.from(at.atZone(ZONE)).toString();
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

    public List<Total> totals(Total.By by, Integer year) {
        return repository.totals(readable(), by, year);
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

    /**
     * Lists the confirmed payouts of a policy and period for public notice (公示) for the budget's notice period in
     * working days: one batch, one notice. Returns the batch.
     */
    public PayoutBatch listForNotice(String policyCode, String period) {
        PublicNotices publicNotices = notices.get().orElseThrow(() -> new RefusedException(null,
                "finance.error.no-notices"));
        Budget budget = repository.budget(policyCode, probeYear(period)).orElseThrow(() -> new RefusedException(
                "policyCode", "finance.error.no-budget", policyCode));
        access.check(PayoutWorkflow.MANAGE, budget.departmentCode());
        List<Payout> confirmed = repository.list(RecordScope.ALL,
                new PayoutFilter(policyCode, period, PayoutState.CONFIRMED, null, null), 0, 1_000_000);
        if (confirmed.isEmpty()) {
            throw new RefusedException(null, "finance.error.nothing-to-list");
        }
        Yuan sum = confirmed.stream().map(Payout::amount).reduce(Yuan.ZERO, Yuan::plus);
        String by = login();
        Instant now = clock.instant();
        long batchId = inTransaction(h -> {
            long id = PayoutRepository.insertBatch(h, policyCode, period, budget.departmentCode(), confirmed.size(),
                    sum, by, now);
            for (Payout p : confirmed) {
                if (!PayoutRepository.move(h, p.id(), PayoutState.CONFIRMED, PayoutState.LISTED, now,
                        Map.of("batch_id", id))) {
                    throw new RefusedException(null, "finance.error.changed");
                }
            }
            return id;
        });
        PublicNotice notice;
        try {
            notice = publicNotices.open(new NoticeRequest(PayoutWorkflow.PLUGIN, BATCH_TYPE, String.valueOf(batchId),
                    "政策兑现公示：" + budget.policyName() + "（" + period + "）",
                    "拟兑现 " + confirmed.size() + " 家企业，合计 " + sum.format() + "。如有异议，请在公示期内提出。",
                    NoticePeriod.workingDays(budget.noticeDays()), null, PayoutWorkflow.MANAGE,
                    budget.departmentCode()));
        } catch (RuntimeException e) {
            // the notice could not be opened: the payouts go back to confirmed, the batch stays empty
            inTransaction(h -> {
                for (Payout p : confirmed) {
                    PayoutRepository.move(h, p.id(), PayoutState.LISTED, PayoutState.CONFIRMED, now,
                            new HashMap<>(Map.of()));
                }
                h.createUpdate("update payout set batch_id = null where batch_id = :b").bind("b", batchId).execute();
                h.createUpdate("delete from payout_batch where id = :b").bind("b", batchId).execute();
                return null;
            });
            throw e;
        }
        inTransaction(h -> {
            PayoutRepository.setNotice(h, batchId, notice.id());
            return null;
        });
        for (Payout p : confirmed) {
            timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(p.id()), "list", PayoutState.CONFIRMED.name(),
                    PayoutState.LISTED.name(), "batch " + batchId);
        }
        events.post(PayoutState.LISTED.name(), "batch-" + batchId, budget.departmentCode(),
                Map.of("batch", batchId, "payouts", confirmed.size()));
        return repository.batch(batchId).orElseThrow();
    }

    private static int probeYear(String period) {
        if (period == null || !period.matches("(19|20)\\d\\d.{0,16}")) {
            throw new RefusedException("period", "finance.error.period");
        }
        return Integer.parseInt(period.substring(0, 4));
    }

    /** A batch's public notice (its period, state, objections counted), when the notices service is there. */
    public Optional<PublicNotice> notice(long batchId) {
        PayoutBatch batch = batch(batchId).orElseThrow(PayoutService::notFound);
        return notices.get().flatMap(n -> n.find(batch.noticeId()));
    }

    /** The objections to a batch's notice and which of them are resolved. */
    public List<Objection> objections(long batchId) {
        PayoutBatch batch = batch(batchId).orElseThrow(PayoutService::notFound);
        return notices.get().map(n -> n.objections(batch.noticeId())).orElse(List.of());
    }

    public Set<Long> resolvedObjections(long batchId) {
        batch(batchId).orElseThrow(PayoutService::notFound);
        return repository.resolvedObjections(batchId);
    }

    /**
     * Resolves an objection to a batch's notice: upheld, the payout it concerns is rejected with the note as
     * reason; dismissed, the note says why. A batch is approved only when every objection is resolved.
     */
    public void resolveObjection(long batchId, long objectionId, Long payoutId, boolean upheld, String note) {
        PayoutBatch batch = batch(batchId).orElseThrow(PayoutService::notFound);
        access.check(PayoutWorkflow.MANAGE, batch.departmentCode());
        String text = required("note", note, 500);
        if (objections(batchId).stream().noneMatch(o -> o.id() == objectionId)) {
            throw new RefusedException(null, "finance.error.objection-unknown");
        }
        if (repository.resolvedObjections(batchId).contains(objectionId)) {
            throw new RefusedException(null, "finance.error.objection-resolved");
        }
        if (upheld && payoutId == null) {
            throw new RefusedException("payout", "finance.error.objection-payout");
        }
        if (upheld) {
            Payout p = find(payoutId).filter(x -> batchId == (x.batchId() == null ? -1 : x.batchId()))
                    .orElseThrow(PayoutService::notFound);
            reject(p.id(), "异议成立：" + text);
        }
        String by = login();
        Instant now = clock.instant();
        inTransaction(h -> {
            PayoutRepository.resolve(h, objectionId, batchId, payoutId, upheld ? "UPHELD" : "DISMISSED", text, by, now);
            return null;
        });
        audit.record(PayoutWorkflow.PLUGIN, "finance.objection.resolve", BATCH_TYPE, String.valueOf(batchId),
                "objection " + objectionId, (upheld ? "UPHELD" : "DISMISSED") + ": " + text);
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
    private Payout recorded(long id, String action, PayoutState from, PayoutState to, String note) {
        timeline.record(PayoutWorkflow.PLUGIN, TYPE, String.valueOf(id), action, from == null ? null : from.name(),
                to.name(), note);
        Payout payout = repository.jdbi().withHandle(h -> PayoutRepository.find(h, id));
        events.post(to.name(), String.valueOf(id), payout.departmentCode(), Map.of("uscc", payout.uscc(),
                "policyCode", payout.policyCode(), "period", payout.period()));
        return payout;
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

    private String login() {
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
