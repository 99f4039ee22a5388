package cn.gov.laoshan.district.identity.service;

import cn.gov.laoshan.district.api.validation.RefusedException;

/**
 * Bad input or a refused change: which field, and the message key that says why (zh-CN and English). A
 * {@link RefusedException}, so every screen's {@code Steps} shows it without registering it.
 */
public class IdentityException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public IdentityException(String field, String messageKey) {
        super(field, messageKey);
    }
}
