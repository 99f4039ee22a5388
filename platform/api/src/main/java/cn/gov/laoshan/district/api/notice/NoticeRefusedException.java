package cn.gov.laoshan.district.api.notice;

import java.util.Arrays;

/**
 * A notice operation the rules refuse: an objection outside the period, a withdrawal of a closed notice, an empty
 * text. {@link #messageKey()} (the platform's {@code notice.error.*}, in the shell's messages) says why in the user's
 * language, with {@link #parameters()}; {@link #field()} names the input at fault ({@code text}), or {@code null}.
 */
public class NoticeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] parameters;

    public NoticeRefusedException(String field, String messageKey, Object... parameters) {
        super(messageKey + (parameters.length == 0 ? "" : " " + Arrays.toString(parameters)));
        this.field = field;
        this.messageKey = messageKey;
        this.parameters = parameters.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
