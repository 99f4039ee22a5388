package cn.gov.laoshan.district.api.attachment;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * An attachment call refused for a reason the user can act on (a file too large, of a kind not allowed, whose
 * content is not what its name says, one that is gone): nothing was changed. The message key is one of the shell's
 * ({@code shell.attachment.error.*}), with its parameters; the field is {@code attachment}. A
 * {@link RefusedException}, so the UI kit's {@code Steps} shows it with no registration.
 */
public class AttachmentRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public AttachmentRefusedException(String messageKey, Object... parameters) {
        super("attachment", messageKey, parameters);
    }
}
