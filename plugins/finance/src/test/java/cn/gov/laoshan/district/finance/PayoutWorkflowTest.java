package cn.gov.laoshan.district.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.payout.PayoutState;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.finance.service.PayoutWorkflow;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The payouts' state machine alone: every step from where it may be taken, by whom, and every refusal. */
class PayoutWorkflowTest {

    @Test
    void eachStepLeadsOnFromItsStateOnlyAndNothingLeadsOutOfPaidOrRejected() {
        TestAccess all = TestAccess.holding(PayoutWorkflow.MANAGE, PayoutWorkflow.APPROVE, PayoutWorkflow.CONFIRM);
        assertEquals(Set.of(PayoutState.PAID, PayoutState.REJECTED), PayoutWorkflow.MACHINE.finalStates());
        String[][] refused = { { "confirm", "CONFIRMED" }, { "list", "REQUESTED" }, { "approve", "CONFIRMED" },
                { "pay", "LISTED" }, { "approve", "APPROVED" }, { "pay", "PAID" }, { "reject", "PAID" },
                { "reject", "REJECTED" }, { "confirm", "REJECTED" } };
        for (String[] r : refused) {
            TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                    () -> PayoutWorkflow.MACHINE.fire(r[0], PayoutState.valueOf(r[1]), null, "理由", all), r[0] + r[1]);
            assertEquals("workflow.error.not-allowed", e.messageKey());
        }
        for (PayoutState open : Set.of(PayoutState.REQUESTED, PayoutState.CONFIRMED, PayoutState.LISTED,
                PayoutState.APPROVED)) {
            assertEquals(PayoutState.REJECTED, PayoutWorkflow.MACHINE.fire("reject", open, null, "不符合条件", all));
            assertEquals("workflow.error.reason-required", assertThrows(TransitionRefusedException.class,
                    () -> PayoutWorkflow.MACHINE.fire("reject", open, null, " ", all)).messageKey());
        }
    }

    @Test
    void onlyTheRightHolderTakesEachStep() {
        assertThrows(AccessDeniedException.class, () -> PayoutWorkflow.MACHINE.fire("approve", PayoutState.LISTED, null,
                null, TestAccess.holding(PayoutWorkflow.MANAGE)));
        assertThrows(AccessDeniedException.class, () -> PayoutWorkflow.MACHINE.fire("pay", PayoutState.APPROVED, null,
                null, TestAccess.holding(PayoutWorkflow.APPROVE)));
        assertThrows(AccessDeniedException.class, () -> PayoutWorkflow.MACHINE.fire("confirm", PayoutState.REQUESTED,
                null, null, TestAccess.holding(PayoutWorkflow.READ)));
    }
}
