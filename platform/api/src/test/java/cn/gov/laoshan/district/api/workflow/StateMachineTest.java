package cn.gov.laoshan.district.api.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.api.security.DepartmentScope;

class StateMachineTest {

    enum State { REGISTERED, ACCEPTED, DECLINED, ASSIGNED, WITHDRAWN }

    record Case(String mediator) {
    }

    private static final StateMachine<State, Case> MACHINE = StateMachine.<State, Case>of(State.class, "Case")
            .transition("accept", State.REGISTERED, State.ACCEPTED).permission("x.assign").add()
            .transition("decline", State.REGISTERED, State.DECLINED).permission("x.assign").reasonRequired().add()
            .transition("assign", State.ACCEPTED, State.ASSIGNED).permission("x.assign")
                    .guard(c -> c.mediator() == null ? Optional.of("x.error.no-mediator") : Optional.empty()).add()
            .transition("withdraw", EnumSet.of(State.REGISTERED, State.ACCEPTED, State.ASSIGNED), State.WITHDRAWN)
                    .permission("x.register").add()
            .build();

    /** Holds the given permissions. */
    private static AccessControl holding(String... permissions) {
        Set<String> held = Set.of(permissions);
        return new AccessControl() {
            public Optional<CurrentUser> currentUser() {
                return Optional.empty();
            }

            public boolean has(String permission) {
                return held.contains(permission);
            }

            public void check(String permission) {
                if (!has(permission)) {
                    throw new AccessDeniedException(permission);
                }
            }

            public DepartmentScope scope(String permission) {
                return has(permission) ? DepartmentScope.ALL : DepartmentScope.NONE;
            }

            public <T> T asSystem(Supplier<T> work) {
                return work.get();
            }
        };
    }

    @Test
    void legalTransitionsLeadWhereDeclared() {
        AccessControl lead = holding("x.assign", "x.register");
        assertEquals(State.ACCEPTED, MACHINE.fire("accept", State.REGISTERED, new Case(null), null, lead));
        assertEquals(State.DECLINED, MACHINE.fire("decline", State.REGISTERED, new Case(null), "不属于调解范围", lead));
        assertEquals(State.ASSIGNED, MACHINE.fire("assign", State.ACCEPTED, new Case("王建国"), null, lead));
        for (State from : List.of(State.REGISTERED, State.ACCEPTED, State.ASSIGNED)) {
            assertEquals(State.WITHDRAWN, MACHINE.fire("withdraw", from, new Case(null), null, lead));
        }
        assertEquals(EnumSet.of(State.DECLINED, State.WITHDRAWN), MACHINE.finalStates());
    }

    @Test
    void everyOtherMoveIsRefusedWithAReason() {
        AccessControl lead = holding("x.assign", "x.register");
        assertEquals("workflow.error.not-allowed", assertThrows(TransitionRefusedException.class,
                () -> MACHINE.fire("assign", State.REGISTERED, new Case("王建国"), null, lead)).messageKey());
        assertEquals("workflow.error.unknown-action", assertThrows(TransitionRefusedException.class,
                () -> MACHINE.fire("close", State.ASSIGNED, new Case("王建国"), null, lead)).messageKey());
        assertEquals("workflow.error.reason-required", assertThrows(TransitionRefusedException.class,
                () -> MACHINE.fire("decline", State.REGISTERED, new Case(null), " ", lead)).messageKey());
        assertEquals("x.error.no-mediator", assertThrows(TransitionRefusedException.class,
                () -> MACHINE.fire("assign", State.ACCEPTED, new Case(null), null, lead)).messageKey());
        assertThrows(AccessDeniedException.class,
                () -> MACHINE.fire("accept", State.REGISTERED, new Case(null), null, holding("x.register")));
        // every (state, action) pair not declared is refused
        for (State from : State.values()) {
            for (StateMachine.Transition<State, Case> t : MACHINE.transitions()) {
                if (!t.from().contains(from)) {
                    assertThrows(TransitionRefusedException.class,
                            () -> MACHINE.fire(t.action(), from, new Case("王建国"), "理由", lead));
                }
            }
        }
    }

    @Test
    void availableActionsFollowPermissionsAndGuards() {
        assertEquals(List.of("withdraw"), MACHINE.available(State.ACCEPTED, new Case(null), holding("x.assign", "x.register"))
                .stream().map(StateMachine.Transition::action).toList());
        assertEquals(Set.of("assign", "withdraw"), Set.copyOf(MACHINE.available(State.ACCEPTED, new Case("李秀梅"),
                holding("x.assign", "x.register")).stream().map(StateMachine.Transition::action).toList()));
        assertEquals(List.of(), MACHINE.available(State.REGISTERED, new Case(null), holding()));
        assertThrows(IllegalStateException.class, () -> StateMachine.<State, Case>of(State.class, "Case")
                .transition("accept", State.REGISTERED, State.ACCEPTED).add());
    }

    @Test
    void aMachineWithMessagesNamesTheActionAndStateAsMessageKeys() {
        StateMachine<State, Case> named = StateMachine.<State, Case>of(State.class, "Case").messages("x")
                .transition("accept", State.REGISTERED, State.ACCEPTED).permission("x.assign").add().build();
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class,
                () -> named.fire("accept", State.ACCEPTED, new Case(null), null, holding("x.assign")));
        assertEquals("workflow.error.not-allowed", e.messageKey());
        assertEquals(List.of(new cn.gov.laoshan.district.api.validation.RefusedException.Key("x.action.accept"),
                new cn.gov.laoshan.district.api.validation.RefusedException.Key("x.state.ACCEPTED")),
                List.of(e.parameters()));
        assertEquals(List.of("accept", "ACCEPTED"), List.of(assertThrows(TransitionRefusedException.class,
                () -> MACHINE.fire("accept", State.ACCEPTED, new Case(null), null, holding("x.assign"))).parameters()));
    }
}
