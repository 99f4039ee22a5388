package cn.gov.laoshan.district.finance.service;

import java.util.List;
import java.util.Optional;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.finance.domain.Budget;

/**
 * The policies' budgets per year (预算): set by finance staff of the budget's department, each change audited with
 * the amount, what is committed and the notice period before and after. A budget is never lowered below what its
 * payouts claim (the repository's conditional update refuses it). What payouts claim, approve and pay of a budget
 * moves with their steps ({@link PayoutIntake}, {@link PayoutService}).
 */
public class Budgets {

    private final PayoutRepository repository;
    private final AccessControl access;
    private final AuditLog audit;

    public Budgets(PayoutRepository repository, AccessControl access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    /** Sets a policy's budget for a year (a new one, or a new amount and notice period for an existing one). */
    public Budget setBudget(String policyCode, String policyName, int year, String departmentCode, Yuan amount,
            int noticeDays) {
        String department = departmentCode == null || departmentCode.isBlank() ? PayoutWorkflow.DEPARTMENT
                : departmentCode.strip();
        access.check(PayoutWorkflow.MANAGE, department);
        if (policyCode == null || !policyCode.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
            throw new RefusedException("policyCode", "finance.error.policy-code");
        }
        String name = PayoutService.required("policyName", policyName, 200);
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
                before.map(Budgets::describe).orElse(null), describe(after));
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
}
