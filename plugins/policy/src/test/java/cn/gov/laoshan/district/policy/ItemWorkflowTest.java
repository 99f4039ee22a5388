package cn.gov.laoshan.district.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.validation.RefusedException;
import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.policy.domain.Item;
import cn.gov.laoshan.district.policy.domain.ItemState;
import cn.gov.laoshan.district.policy.service.ItemWorkflow;
import cn.gov.laoshan.district.testdoubles.TestAccess;

/** The state machine alone: which steps lead where, who may take them, and that a rejection needs its reason. */
class ItemWorkflowTest {

    private static final Item ITEM = null; // no guard looks at the record

    @Test
    void aRegisteredItemIsAcceptedThenCompleted() {
        TestAccess access = TestAccess.holding(ItemWorkflow.DECIDE);
        assertEquals(ItemState.ACCEPTED, ItemWorkflow.MACHINE.fire("accept", ItemState.SUBMITTED, ITEM, null, access));
        assertEquals(ItemState.DONE, ItemWorkflow.MACHINE.fire("complete", ItemState.ACCEPTED, ITEM, null, access));
        assertEquals(List.of("accept", "reject"), ItemWorkflow.MACHINE.available(ItemState.SUBMITTED, ITEM, access)
                .stream().map(Transition::action).sorted().toList());
    }

    @Test
    void aRejectionNeedsAReasonAndNothingLeadsOutOfTheEnd() {
        TestAccess access = TestAccess.holding(ItemWorkflow.DECIDE);
        TransitionRefusedException noReason = assertThrows(TransitionRefusedException.class,
                () -> ItemWorkflow.MACHINE.fire("reject", ItemState.SUBMITTED, ITEM, " ", access));
        assertEquals("workflow.error.reason-required", noReason.messageKey());
        // shown in the user's words: the action's and the state's labels are message keys of the plugin
        assertEquals(new RefusedException.Key("policy.action.reject"), noReason.parameters()[0]);
        assertThrows(TransitionRefusedException.class,
                () -> ItemWorkflow.MACHINE.fire("complete", ItemState.SUBMITTED, ITEM, null, access));
        assertEquals(Set.of(ItemState.REJECTED, ItemState.DONE), ItemWorkflow.MACHINE.finalStates());
    }

    @Test
    void onlyAHolderOfTheDecidingPermissionTakesAStep() {
        TestAccess access = TestAccess.holding(ItemWorkflow.READ, ItemWorkflow.CREATE);
        assertThrows(AccessDeniedException.class,
                () -> ItemWorkflow.MACHINE.fire("accept", ItemState.SUBMITTED, ITEM, null, access));
        assertEquals(List.of(ItemWorkflow.DECIDE), access.denials());
    }

    @Test
    void aDemoHomesRoleHoldsEveryPermissionOfThePluginInItsDepartment() {
        DemoRole role = ItemWorkflow.DEMO_ROLES.get(0);
        assertEquals(Set.of(ItemWorkflow.READ, ItemWorkflow.CREATE, ItemWorkflow.DECIDE), role.permissions());
        assertEquals(DemoRole.Scope.DEPARTMENT, role.scope());
        assertEquals(ItemWorkflow.DEPARTMENT, role.department());
    }
}
