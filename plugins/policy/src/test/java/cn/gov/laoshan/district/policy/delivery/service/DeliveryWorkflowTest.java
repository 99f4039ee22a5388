package cn.gov.laoshan.district.policy.delivery.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.policy.delivery.domain.EntitlementState;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The entitlements' machine: each step from where it may be taken, every refusal from everywhere else. */
class DeliveryWorkflowTest {

    /** Where each action may be taken and where it leads. */
    static final Map<String, Map<EntitlementState, EntitlementState>> ALLOWED = Map.of(
            "confirm", Map.of(EntitlementState.OFFERED, EntitlementState.CONFIRMED),
            "decline", Map.of(EntitlementState.OFFERED, EntitlementState.DECLINED),
            "lapse", Map.of(EntitlementState.OFFERED, EntitlementState.LAPSED),
            "extend", Map.of(EntitlementState.OFFERED, EntitlementState.OFFERED,
                    EntitlementState.LAPSED, EntitlementState.OFFERED));

    @Test
    void eachStepFromWhereItMayBeTakenAndRefusedEverywhereElse() {
        TestAccess all = TestAccess.holding(DeliveryWorkflow.CONFIRM, DeliveryWorkflow.MANAGE);
        int refused = 0;
        for (var action : ALLOWED.entrySet()) {
            for (EntitlementState from : EntitlementState.values()) {
                EntitlementState to = action.getValue().get(from);
                if (to != null) {
                    assertEquals(to, DeliveryWorkflow.MACHINE.fire(action.getKey(), from, null, "理由", all));
                } else {
                    TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                            () -> DeliveryWorkflow.MACHINE.fire(action.getKey(), from, null, "理由", all));
                    assertEquals("workflow.error.not-allowed", e.messageKey());
                    refused++;
                }
            }
        }
        assertEquals(4 * 4 - 5, refused);
        assertEquals(Set.of(EntitlementState.CONFIRMED, EntitlementState.DECLINED),
                DeliveryWorkflow.MACHINE.finalStates());
    }

    @Test
    void whoMayTakeWhichStep() {
        TestAccess enterprise = TestAccess.holding(DeliveryWorkflow.READ, DeliveryWorkflow.CONFIRM);
        TestAccess staff = TestAccess.holding(DeliveryWorkflow.READ, DeliveryWorkflow.MANAGE);
        assertThrows(AccessDeniedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("extend", EntitlementState.LAPSED, null, "理由", enterprise));
        assertThrows(AccessDeniedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("lapse", EntitlementState.OFFERED, null, null, enterprise));
        assertThrows(AccessDeniedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("confirm", EntitlementState.OFFERED, null, null, staff));
        assertThrows(AccessDeniedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("decline", EntitlementState.OFFERED, null, null, staff));
        assertThrows(AccessDeniedException.class, () -> DeliveryWorkflow.MACHINE.fire("confirm",
                EntitlementState.OFFERED, null, null, TestAccess.holding(DeliveryWorkflow.READ)));
    }

    @Test
    void anExtensionNeedsAReasonAndUnknownStepsAreRefused() {
        TestAccess staff = TestAccess.holding(DeliveryWorkflow.MANAGE);
        assertEquals("workflow.error.reason-required", assertThrows(TransitionRefusedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("extend", EntitlementState.LAPSED, null, " ", staff))
                .messageKey());
        assertEquals("workflow.error.unknown-action", assertThrows(TransitionRefusedException.class,
                () -> DeliveryWorkflow.MACHINE.fire("pay", EntitlementState.CONFIRMED, null, null, staff))
                .messageKey());
    }
}
