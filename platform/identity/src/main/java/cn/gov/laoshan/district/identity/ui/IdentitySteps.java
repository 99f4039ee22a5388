package cn.gov.laoshan.district.identity.ui;

import cn.gov.laoshan.district.identity.service.IdentityException;
import cn.gov.laoshan.district.uikit.Refusal;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * How the identity screens run a change: a refused change ({@link IdentityException}) marks the field it names and
 * is said in the user's language; a denied or failed one is said too — never a stack trace (uikit {@link Steps}).
 */
final class IdentitySteps {

    static final Steps STEPS = Steps.builder("identity-error")
            .refusal(IdentityException.class, refused -> new Refusal(refused.field(), refused.messageKey()))
            .build();

    private IdentitySteps() {
    }
}
