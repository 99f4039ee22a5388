package cn.gov.laoshan.district.api.validation;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bad input or a step that may not happen, said in the user's language: the field it is about (or {@code null}),
 * the message key of the text (a key of the plugin's own zh-CN/en messages, or the shell's) and the message's
 * parameters ({0}, {1}, ...). Nothing was changed. A service throws it; uikit's {@code Steps} shows it by default —
 * under the named field when the screen passes its fields, else as an error notification — with no registration
 * by the plugin:
 *
 * <pre>{@code
 * if (name.isBlank()) {
 *     throw new RefusedException("name", "housing.error.name-required");
 * }
 * throw new RefusedException("plannedFinish", "housing.error.finish-before-start", start);
 * }</pre>
 *
 * A parameter that is a {@link Key} is itself a message key, translated before it is put in (a state's or an
 * action's name); a {@link java.time.LocalDate} is shown in the user's date format; anything else as it is.
 *
 * @since 1.1.0
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] parameters;

    /**
     * @param field      the input field the refusal is about, or {@code null}
     * @param messageKey the message key of the text (required)
     * @param parameters the message's parameters
     */
    public RefusedException(String field, String messageKey, Object... parameters) {
        this(field, messageKey, parameters, field + ": " + messageKey + " " + Arrays.toString(parameters));
    }

    /**
     * For subclasses that say in their own words what was refused ({@code detail}: their detail message, for the
     * log). The parameters are an array, not varargs, so that no call of the public constructor can land here.
     */
    protected RefusedException(String field, String messageKey, Object[] parameters, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.parameters = parameters == null ? new Object[0] : parameters.clone();
    }

    /** The input field the refusal is about, or {@code null}. */
    public String field() {
        return field;
    }

    /** The message key of the text. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's parameters (a copy). */
    public Object[] parameters() {
        // null after deserialization: the parameters are not serializable in general
        return parameters == null ? new Object[0] : parameters.clone();
    }

    /**
     * A message parameter that is itself a message key: translated in the user's language before it is put in.
     *
     * @param key the message key
     * @since 1.1.0
     */
    public record Key(String key) {
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }
}
