package cn.gov.laoshan.district.api.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.gov.laoshan.district.api.security.AccessControl;

/**
 * A declared state machine over the states {@code S} of records of type {@code R}.
 *
 * <pre>{@code
 * StateMachine<CaseState, MediationCase> machine = StateMachine.of(CaseState.class, "MediationCase")
 *     .transition("accept", REGISTERED, ACCEPTED).permission("mediation.case.assign").add()
 *     .transition("decline", REGISTERED, DECLINED).permission("mediation.case.assign").reasonRequired().add()
 *     .transition("assign", ACCEPTED, ASSIGNED).permission("mediation.case.assign")
 *         .guard(c -> c.mediator() == null ? Optional.of("mediation.error.no-mediator") : Optional.empty()).add()
 *     .build();
 * CaseState next = machine.fire("decline", current, theCase, "不属于调解范围", access);
 * }</pre>
 *
 * Immutable and thread-safe once built.
 *
 * @param <S> the states
 * @param <R> the record the guards look at
 */
public final class StateMachine<S extends Enum<S>, R> {

    /** A guard: empty when the transition may happen, else the message key of why not. */
    @FunctionalInterface
    public interface Guard<R> {
        Optional<String> check(R record);
    }

    /** One declared transition. */
    public record Transition<S, R>(String action, Set<S> from, S to, String permission, List<Guard<R>> guards,
            boolean reasonRequired) {
    }

    private final Class<S> states;
    private final String recordType;
    private final Map<String, Transition<S, R>> transitions;
    private final String messagePrefix;

    private StateMachine(Class<S> states, String recordType, Map<String, Transition<S, R>> transitions,
            String messagePrefix) {
        this.states = states;
        this.recordType = recordType;
        this.transitions = transitions;
        this.messagePrefix = messagePrefix;
    }

    /** Starts declaring a machine over {@code states} for records called {@code recordType} in audit records. */
    public static <S extends Enum<S>, R> Builder<S, R> of(Class<S> states, String recordType) {
        return new Builder<>(states, recordType);
    }

    public String recordType() {
        return recordType;
    }

    public Collection<Transition<S, R>> transitions() {
        return transitions.values();
    }

    /** The actions that lead out of {@code current}, whatever the user's permissions. */
    public List<Transition<S, R>> from(S current) {
        return transitions.values().stream().filter(t -> t.from().contains(current)).toList();
    }

    /** The actions the current user may fire now on {@code record} in state {@code current}: for buttons. */
    public List<Transition<S, R>> available(S current, R record, AccessControl access) {
        List<Transition<S, R>> result = new ArrayList<>();
        for (Transition<S, R> transition : from(current)) {
            if (access.has(transition.permission()) && firstFailedGuard(transition, record).isEmpty()) {
                result.add(transition);
            }
        }
        return result;
    }

    /**
     * Checks that {@code action} may happen now and returns the state it leads to. Nothing is changed: the caller
     * stores the new state and records the transition in the {@link Timeline}, in that order.
     *
     * @throws TransitionRefusedException when the action is unknown, not allowed from {@code current}, a guard
     *                                    fails or a required reason is missing
     * @throws cn.gov.laoshan.district.api.security.AccessDeniedException when the user lacks the permission
     */
    public S fire(String action, S current, R record, String reason, AccessControl access) {
        Transition<S, R> transition = transitions.get(action);
        if (transition == null) {
            throw refused("workflow.error.unknown-action", action, current);
        }
        if (!transition.from().contains(current)) {
            throw refused("workflow.error.not-allowed", action, current);
        }
        access.check(transition.permission());
        if (transition.reasonRequired() && (reason == null || reason.isBlank())) {
            throw refused("workflow.error.reason-required", action, current);
        }
        Optional<String> failed = firstFailedGuard(transition, record);
        if (failed.isPresent()) {
            throw refused(failed.get(), action, current);
        }
        return transition.to();
    }

    private Optional<String> firstFailedGuard(Transition<S, R> transition, R record) {
        for (Guard<R> guard : transition.guards()) {
            Optional<String> refused = guard.check(record);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** The states no transition leads out of. */
    private TransitionRefusedException refused(String messageKey, String action, S current) {
        return messagePrefix == null ? new TransitionRefusedException(messageKey, action, current.name())
                : new TransitionRefusedException(messageKey, action, current.name(), messagePrefix);
    }

    public Set<S> finalStates() {
        Set<S> result = EnumSet.allOf(states);
        transitions.values().forEach(t -> result.removeAll(t.from()));
        return result;
    }

    /** Declares a machine. */
    public static final class Builder<S extends Enum<S>, R> {
        private final Class<S> states;
        private final String recordType;
        private final Map<String, Transition<S, R>> transitions = new LinkedHashMap<>();
        private String messagePrefix;

        private Builder(Class<S> states, String recordType) {
            this.states = Objects.requireNonNull(states);
            this.recordType = Objects.requireNonNull(recordType);
        }

        /** Declares {@code action} from {@code from} to {@code to}. */
        public TransitionBuilder transition(String action, S from, S to) {
            return new TransitionBuilder(action, EnumSet.of(from), to);
        }

        /** Declares {@code action} from any of {@code from} to {@code to} (e.g. withdraw from several states). */
        public TransitionBuilder transition(String action, Set<S> from, S to) {
            return new TransitionBuilder(action, EnumSet.copyOf(from), to);
        }

        public StateMachine<S, R> build() {
            return new StateMachine<>(states, recordType, Map.copyOf(transitions), messagePrefix);
        }

        /**
         * The plugin's message prefix for the names of actions and states: a refusal then names the action as
         * {@code <prefix>.action.<action>} and the state as {@code <prefix>.state.<STATE>} (message keys, shown in
         * the user's words; see {@link TransitionRefusedException}). Without it they are given as they are.
         *
         * @since 1.1.0
         */
        public Builder<S, R> messages(String prefix) {
            this.messagePrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /** One transition being declared. */
        public final class TransitionBuilder {
            private final String action;
            private final Set<S> from;
            private final S to;
            private String permission;
            private final List<Guard<R>> guards = new ArrayList<>();
            private boolean reasonRequired;

            private TransitionBuilder(String action, Set<S> from, S to) {
                this.action = action;
                this.from = from;
                this.to = to;
            }

            /** The permission needed to fire it. Required: there is no transition anyone may fire. */
            public TransitionBuilder permission(String permission) {
                this.permission = permission;
                return this;
            }

            public TransitionBuilder guard(Guard<R> guard) {
                guards.add(guard);
                return this;
            }

            public TransitionBuilder reasonRequired() {
                this.reasonRequired = true;
                return this;
            }

            public Builder<S, R> add() {
                if (permission == null) {
                    throw new IllegalStateException("transition " + action + " needs a permission");
                }
                if (transitions.containsKey(action)) {
                    throw new IllegalStateException("transition " + action + " is declared twice");
                }
                transitions.put(action, new Transition<>(action, Set.copyOf(from), to, permission, List.copyOf(guards),
                        reasonRequired));
                return Builder.this;
            }
        }
    }
}
