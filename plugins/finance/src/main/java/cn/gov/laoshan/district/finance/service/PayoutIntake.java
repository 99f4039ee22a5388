package cn.gov.laoshan.district.finance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.imports.ImportFormat;
import cn.gov.laoshan.district.api.imports.ImportProblem;
import cn.gov.laoshan.district.api.imports.ImportProgress;
import cn.gov.laoshan.district.api.imports.ImportRefusedException;
import cn.gov.laoshan.district.api.imports.ImportReport;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.payout.BankAccount;
import cn.gov.laoshan.district.api.payout.PayoutAnswer;
import cn.gov.laoshan.district.api.payout.PayoutKey;
import cn.gov.laoshan.district.api.payout.PayoutOutcome;
import cn.gov.laoshan.district.api.payout.PayoutRequest;
import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.finance.domain.Budget;
import cn.gov.laoshan.district.finance.domain.Payout;
import cn.gov.laoshan.district.uikit.imports.CheckedRows;

/**
 * How payouts enter the ledger: one request through the payout contract (answered accepted, duplicate, over budget
 * or refused, never thrown), or many at once from a list or a CSV/.xlsx file (all or nothing, each problem at its
 * row). A request claims its amount of the budget by a conditional update in the transaction that inserts it, so
 * no budget is passed and no key recorded twice however many requests arrive at once; each accepted request goes
 * on the payout's timeline ({@link PayoutService#recorded}), an import is one audit entry.
 */
public class PayoutIntake {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final PayoutService payouts;
    private final PayoutRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final EnterpriseLookup enterprises;
    private final Clock clock;

    public PayoutIntake(PayoutService payouts, PayoutRepository repository, AccessControl access, AuditLog audit,
            EnterpriseLookup enterprises, Clock clock) {
        this.payouts = payouts;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.enterprises = enterprises;
        this.clock = clock;
    }

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
            id = payouts.inTransaction(h -> {
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
        Payout stored = payouts.recorded(id, "request", null, payout.state(),
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
        // the totals by industry and street need each enterprise's: read for the whole file at once, before the
        // transaction (an enterprise the registry does not know is recorded as sent, without them)
        Map<String, EnterpriseLookup.Facts> known = enterprises.findAll(
                rows.stream().map(r -> r.value().key().uscc()).toList());
        int written = payouts.inTransaction(h -> {
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
                EnterpriseLookup.Facts facts = known.get(k.uscc());
                used.put(b.get().id(), b.get());
                byBudget.computeIfAbsent(b.get().id(), x -> new ArrayList<>()).add(new Payout(0, k.policyCode(),
                        k.period(), k.uscc(), r.enterpriseName().strip(), r.amount(), a == null ? null : a.bank(),
                        a == null ? null : a.accountName(), a == null ? null : a.number(),
                        confirmed ? PayoutState.CONFIRMED : PayoutState.REQUESTED, null, r.source(),
                        b.get().departmentCode(), facts == null ? null : facts.industryCode(),
                        facts == null ? null : facts.street(), month, now, r.confirmedBy(), confirmed ? now : null,
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
        audit.record(PayoutWorkflow.PLUGIN, "finance.payout.import", PayoutService.TYPE, written + " payouts",
                null, "total=" + total.amount().toPlainString());
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
}
