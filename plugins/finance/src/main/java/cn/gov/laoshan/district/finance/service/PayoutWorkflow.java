package cn.gov.laoshan.district.finance.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.finance.domain.Payout;

/** The ledger's permissions, its department, its demo roles and the payouts' state machine, declared once. */
public final class PayoutWorkflow {

    public static final String PLUGIN = "finance";
    /** 区财政局: budgets and payouts belong to it unless a budget names another department. */
    public static final String DEPARTMENT = "finance";

    /** Read the ledger, its totals and exports (finance staff, approvers, auditors). */
    public static final String READ = "finance.payout.read";
    /** Keep budgets, take requests and imports, list batches for notice, record payments, reject (finance staff). */
    public static final String MANAGE = "finance.payout.manage";
    /** Approve listed payouts (审批人). */
    public static final String APPROVE = "finance.payout.approve";
    /** An enterprise user: see and confirm the enterprise's own payouts. */
    public static final String CONFIRM = "finance.payout.confirm";
    /** Staff sending requests through the payout contract by hand (plugins' jobs run as the system). */
    public static final String REQUEST = "finance.payout.request";

    /** Read the grant-to-equity portfolio (拨改投). */
    public static final String EQUITY_READ = "finance.equity.read";
    /** Enter investments, valuations, exits and flags. */
    public static final String EQUITY_MANAGE = "finance.equity.manage";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("finance-staff", "财政兑现经办人员", "Payout officer", DemoRole.Scope.DEPARTMENT, DEPARTMENT,
                    Set.of(READ, MANAGE, REQUEST, EQUITY_READ, EQUITY_MANAGE, FinancingWorkflow.READ,
                            FinancingWorkflow.MANAGE, "registry.enterprise.read"), List.of("czj-admin", "chenjing")),
            DemoRole.staff("finance-approver", "财政兑现审批人", "Payout approver", DemoRole.Scope.DEPARTMENT,
                    DEPARTMENT, Set.of(READ, APPROVE, "registry.enterprise.read"), List.of("czj-admin")),
            DemoRole.staff("finance-auditor", "财政兑现审计（只读）", "Payout auditor (read-only)", DemoRole.Scope.ALL,
                    null, Set.of(READ, EQUITY_READ, FinancingWorkflow.READ), List.of()),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(CONFIRM, FinancingWorkflow.APPLY),
                    List.of()),
            // a bank's staff: external users bound to the bank's USCC (identity's demo cast), its pushed demands only
            DemoRole.enterprise("bank-officer", "合作银行客户经理", "Partner bank loan officer",
                    Set.of(FinancingWorkflow.RESPOND), List.of("qdbank-kj", "qnsh-kj")));

    /** Not paid yet: a rejection may still stop it. */
    static final Set<PayoutState> OPEN = EnumSet.of(PayoutState.REQUESTED, PayoutState.CONFIRMED, PayoutState.LISTED,
            PayoutState.APPROVED);

    /** A refused step names its action and state in the user's words: {@code finance.action.*}, {@code .state.*}. */
    public static final StateMachine<PayoutState, Payout> MACHINE = StateMachine
            .<PayoutState, Payout>of(PayoutState.class, "Payout").messages(PLUGIN)
            .transition("confirm", PayoutState.REQUESTED, PayoutState.CONFIRMED).permission(CONFIRM).add()
            .transition("confirm-on-paper", PayoutState.REQUESTED, PayoutState.CONFIRMED).permission(MANAGE).add()
            .transition("list", PayoutState.CONFIRMED, PayoutState.LISTED).permission(MANAGE)
            .guard(p -> p.accountNumber() == null ? java.util.Optional.of("finance.error.no-account")
                    : java.util.Optional.empty()).add()
            .transition("approve", PayoutState.LISTED, PayoutState.APPROVED).permission(APPROVE).add()
            .transition("pay", PayoutState.APPROVED, PayoutState.PAID).permission(MANAGE).add()
            .transition("reject", OPEN, PayoutState.REJECTED).permission(MANAGE).reasonRequired().add()
            .build();

    private PayoutWorkflow() {
    }
}
