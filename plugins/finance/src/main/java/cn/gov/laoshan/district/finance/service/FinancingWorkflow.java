package cn.gov.laoshan.district.finance.service;

import java.util.EnumSet;

import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.finance.domain.DemandPush;
import cn.gov.laoshan.district.finance.domain.FinancingDemand;

/**
 * Financing matchmaking's (金企通) permissions, where its records' scopes are in the tables, and the state machines of
 * a demand and of a push, declared once.
 */
public final class FinancingWorkflow {

    /** Finance staff and auditors: every demand of their department, banks and products, pushes and answers. */
    public static final String READ = "finance.financing.read";
    /** Finance staff: keep banks and products, enter demands for an enterprise, push demands to banks. */
    public static final String MANAGE = "finance.financing.manage";
    /** An enterprise user: enter and follow its own enterprise's demands (企业服务). */
    public static final String APPLY = "finance.financing.apply";
    /** A bank's staff (external users of the bank): the demands pushed to their bank, and their answers. */
    public static final String RESPOND = "finance.financing.respond";

    /** Demands: the department's for staff, the creator's own, the enterprise's for its users. */
    static final RecordScope.Columns DEMANDS = RecordScope.columns("d.department_code").owners("d.created_by")
            .enterprises("d.uscc");
    /** Pushes: the department's for staff; for a bank's user those pushed to the bank (its USCC) and nothing else. */
    static final RecordScope.Columns PUSHES = RecordScope.columns("p.department_code").enterprises("p.bank_uscc");

    public static final StateMachine<FinancingDemand.State, FinancingDemand> DEMAND = StateMachine
            .<FinancingDemand.State, FinancingDemand>of(FinancingDemand.State.class, "FinancingDemand")
            .messages(PayoutWorkflow.PLUGIN)
            .transition("push", EnumSet.of(FinancingDemand.State.SUBMITTED, FinancingDemand.State.PUSHED,
                    FinancingDemand.State.DECLINED), FinancingDemand.State.PUSHED).permission(MANAGE).add()
            // the enterprise withdraws its own demand; staff withdraw one they entered or were asked to
            .transition("withdraw", EnumSet.of(FinancingDemand.State.SUBMITTED, FinancingDemand.State.PUSHED,
                    FinancingDemand.State.DECLINED), FinancingDemand.State.WITHDRAWN).permission(APPLY)
            .reasonRequired().add()
            .transition("withdraw-for", EnumSet.of(FinancingDemand.State.SUBMITTED, FinancingDemand.State.PUSHED,
                    FinancingDemand.State.DECLINED), FinancingDemand.State.WITHDRAWN).permission(MANAGE)
            .reasonRequired().add()
            .build();

    public static final StateMachine<DemandPush.State, DemandPush> PUSH = StateMachine
            .<DemandPush.State, DemandPush>of(DemandPush.State.class, "DemandPush").messages(PayoutWorkflow.PLUGIN)
            .transition("grant", DemandPush.State.PUSHED, DemandPush.State.GRANTED).permission(RESPOND).add()
            .transition("decline", DemandPush.State.PUSHED, DemandPush.State.DECLINED).permission(RESPOND)
            .reasonRequired().add()
            .build();

    private FinancingWorkflow() {
    }
}
