package cn.gov.laoshan.district.api.notice;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * A notice operation the rules refuse: an objection outside the period, a withdrawal of a closed notice, an empty
 * text. {@link #messageKey()} (the platform's {@code notice.error.*}, in the shell's messages) says why in the user's
 * language, with {@link #parameters()}; {@link #field()} names the input at fault ({@code text}), or {@code null}.
 * A {@link RefusedException}, so the UI kit's {@code Steps} shows it with no registration.
 */
public class NoticeRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public NoticeRefusedException(String field, String messageKey, Object... parameters) {
        super(field, messageKey, parameters);
    }
}
