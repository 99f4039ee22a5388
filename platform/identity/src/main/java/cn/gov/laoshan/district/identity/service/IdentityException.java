package cn.gov.laoshan.district.identity.service;

/** Bad input or a refused change: which field, and the message key that says why (zh-CN and English). */
public class IdentityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public IdentityException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
