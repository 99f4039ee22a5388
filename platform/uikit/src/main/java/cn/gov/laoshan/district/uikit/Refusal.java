package cn.gov.laoshan.district.uikit;

import java.util.Arrays;

/**
 * A step's refusal as the user reads it: the message key (a key of the plugin's or the shell's messages), its
 * parameters, and the field it is about (or {@code null}). {@link Steps} turns it into the text of a notification
 * and marks the named field invalid. A parameter that is a {@link Key} is translated first (for example a state or
 * action name), every other parameter is used as it is.
 *
 * @param field the input field the refusal is about, or {@code null}
 * @param messageKey the message key of the text
 * @param parameters the message's parameters ({0}, {1}, ...)
 */
public record Refusal(String field, String messageKey, Object... parameters) {

    public Refusal {
        parameters = parameters == null ? new Object[0] : parameters.clone();
    }

    @Override
    public Object[] parameters() {
        return parameters.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Refusal r && java.util.Objects.equals(field, r.field)
                && java.util.Objects.equals(messageKey, r.messageKey) && Arrays.equals(parameters, r.parameters);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(field, messageKey, Arrays.hashCode(parameters));
    }

    @Override
    public String toString() {
        return "Refusal[" + field + ", " + messageKey + ", " + Arrays.toString(parameters) + "]";
    }

    /**
     * A message parameter that is itself a message key: translated in the user's language before it is put in.
     *
     * @param key the message key
     */
    public record Key(String key) {
    }
}
