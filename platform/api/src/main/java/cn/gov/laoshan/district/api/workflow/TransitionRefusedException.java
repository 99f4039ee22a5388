package cn.gov.laoshan.district.api.workflow;

/**
 * A transition that may not happen. {@link #messageKey()} says why in the user's language (the platform's
 * {@code workflow.error.*} keys, or the plugin's own key from a guard); the action and the current state are its
 * message parameters.
 */
public class TransitionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String action;
    private final String state;

    public TransitionRefusedException(String messageKey, String action, String state) {
        super(messageKey + " (" + action + " from " + state + ")");
        this.messageKey = messageKey;
        this.action = action;
        this.state = state;
    }

    public String messageKey() {
        return messageKey;
    }

    public String action() {
        return action;
    }

    public String state() {
        return state;
    }
}
