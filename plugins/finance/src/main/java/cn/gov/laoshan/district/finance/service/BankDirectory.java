package cn.gov.laoshan.district.finance.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.enterprise.InvalidUsccException;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.finance.domain.Bank;
import cn.gov.laoshan.district.finance.domain.BankProduct;

/**
 * The banks of matchmaking and their products, kept by finance staff (MANAGE), read by staff (READ); each change
 * audited with before and after. A bank is identified by its USCC: its staff are the external users bound to it.
 */
public class BankDirectory {

    private static final BigDecimal MAX_RATE = new BigDecimal("36");

    private final FinancingRepository repository;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    public BankDirectory(FinancingRepository repository, AccessControl access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Bank> banks() {
        access.check(FinancingWorkflow.READ);
        return repository.banks();
    }

    public List<BankProduct> products() {
        access.check(FinancingWorkflow.READ);
        return repository.products(false);
    }

    /** A new bank, or a new name and committed answer time for the bank of that USCC. */
    public Bank saveBank(String uscc, String name, int responseDays) {
        access.check(FinancingWorkflow.MANAGE, PayoutWorkflow.DEPARTMENT);
        String code;
        try {
            code = Uscc.parse(uscc).value();
        } catch (InvalidUsccException | NullPointerException e) {
            throw new RefusedException("uscc", "finance.equity.error.uscc");
        }
        String n = PayoutService.required("name", name, 200);
        if (responseDays < 1 || responseDays > 30) {
            throw new RefusedException("responseDays", "finance.error.response-days");
        }
        Optional<Bank> before = repository.bankOf(code);
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            repository.updateBank(id, n, responseDays);
        } else {
            id = repository.insertBank(code, n, responseDays, PayoutWorkflow.DEPARTMENT, clock.instant());
        }
        Bank after = repository.bank(id).orElseThrow();
        audit.record(PayoutWorkflow.PLUGIN, "finance.bank.save", "Bank", String.valueOf(id),
                before.map(BankDirectory::describe).orElse(null), describe(after));
        return after;
    }

    /** A new product ({@code id} 0) or a changed one; the ranges and criteria checked. */
    public BankProduct saveProduct(BankProduct p) {
        access.check(FinancingWorkflow.MANAGE, PayoutWorkflow.DEPARTMENT);
        repository.bank(p.bankId()).orElseThrow(() -> new RefusedException("bank", "finance.error.required"));
        PayoutService.required("name", p.name(), 100);
        if (p.kind() == null) {
            throw new RefusedException("kind", "finance.error.required");
        }
        if (p.rateMin() == null || p.rateMax() == null || p.rateMin().signum() <= 0
                || p.rateMin().compareTo(p.rateMax()) > 0 || p.rateMax().compareTo(MAX_RATE) > 0
                || p.rateMin().scale() > 3 || p.rateMax().scale() > 3) {
            throw new RefusedException("rate", "finance.error.rate-range");
        }
        if (p.termMin() < 1 || p.termMin() > p.termMax() || p.termMax() > 360) {
            throw new RefusedException("term", "finance.error.term-range");
        }
        if (p.amountMin() == null || p.amountMax() == null || p.amountMin().signum() <= 0
                || p.amountMin().compareTo(p.amountMax()) > 0) {
            throw new RefusedException("amount", "finance.error.amount-range");
        }
        PayoutService.required("eligibility", p.eligibility(), 1000);
        if (p.responseDays() != null && (p.responseDays() < 1 || p.responseDays() > 30)) {
            throw new RefusedException("responseDays", "finance.error.response-days");
        }
        Optional<BankProduct> before = p.id() == 0 ? Optional.empty() : repository.product(p.id());
        long id;
        if (before.isPresent()) {
            repository.updateProduct(p);
            id = p.id();
        } else {
            id = repository.insertProduct(p, clock.instant());
        }
        BankProduct after = repository.product(id).orElseThrow();
        audit.record(PayoutWorkflow.PLUGIN, "finance.product.save", "BankProduct", String.valueOf(id),
                before.map(BankDirectory::describe).orElse(null), describe(after));
        return after;
    }

    private static String describe(Bank b) {
        return b.uscc() + " " + b.name() + " responseDays=" + b.responseDays();
    }

    private static String describe(BankProduct p) {
        return p.name() + " " + p.kind() + " rate=" + p.rateMin().toPlainString() + "-" + p.rateMax().toPlainString()
                + " term=" + p.termMin() + "-" + p.termMax() + " amount=" + p.amountMin().amount().toPlainString() + "-"
                + p.amountMax().amount().toPlainString() + " criteria=[" + cn.gov.laoshan.district.finance.domain
                        .Criterion.format(p.criteria()).replace('\n', ';') + "] responseDays=" + p.responseDays()
                + " active=" + p.active();
    }
}
