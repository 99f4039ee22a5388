package cn.gov.laoshan.district.api.workflow;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * A transition that may not happen. {@link #messageKey()} says why in the user's language (the platform's
 * {@code workflow.error.*} keys, or the plugin's own key from a guard); the action and the current state are its
 * message parameters. Since 1.1.0 it is a {@link RefusedException} (about no field), so screens show it without
 * further code; a machine declared with {@link StateMachine.Builder#messages(String)} gives the action and the state
 * as message keys ({@code <prefix>.action.<action>}, {@code <prefix>.state.<STATE>}), shown in the user's words.
 */
public class TransitionRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final String action;
    private final String state;

    /** The action and the state as they are (message parameters {0} and {1}). */
    public TransitionRefusedException(String messageKey, String action, String state) {
        super(null, messageKey, new Object[] {action, state}, messageKey + " (" + action + " from " + state + ")");
        this.action = action;
        this.state = state;
    }

    /**
     * The action and the state as the message keys {@code <messagePrefix>.action.<action>} and
     * {@code <messagePrefix>.state.<state>} (message parameters {0} and {1}, translated when shown).
     *
     * @since 1.1.0
     */
    public TransitionRefusedException(String messageKey, String action, String state, String messagePrefix) {
        super(null, messageKey, new Object[] {new Key(messagePrefix + ".action." + action),
            new Key(messagePrefix + ".state." + state)}, messageKey + " (" + action + " from " + state + ")");
        this.action = action;
        this.state = state;
    }

    @Override
    public String messageKey() {
        return super.messageKey();
    }

    public String action() {
        return action;
    }

    public String state() {
        return state;
    }
}
