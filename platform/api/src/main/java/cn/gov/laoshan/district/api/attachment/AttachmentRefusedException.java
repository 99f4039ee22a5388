package cn.gov.laoshan.district.api.attachment;

import java.util.Arrays;

/**
 * An attachment call refused for a reason the user can act on (a file too large, of a kind not allowed, whose
 * content is not what its name says, one that is gone): nothing was changed. The message key is one of the shell's
 * ({@code shell.attachment.error.*}), with its parameters; the field is {@code attachment}.
 */
public class AttachmentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] parameters;

    public AttachmentRefusedException(String messageKey, Object... parameters) {
        super(messageKey + " " + Arrays.toString(parameters));
        this.messageKey = messageKey;
        this.parameters = parameters == null ? new Object[0] : parameters.clone();
    }

    /** The field a form shows it at. */
    public String field() {
        return "attachment";
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
