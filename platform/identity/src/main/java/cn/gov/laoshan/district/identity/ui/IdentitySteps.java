package cn.gov.laoshan.district.identity.ui;

import cn.gov.laoshan.district.uikit.Steps;

/**
 * How the identity screens run a change: a refused change (an {@code IdentityException}, a {@code RefusedException})
 * marks the field it names and is said in the user's language; a denied or failed one is said too — never a stack
 * trace (uikit {@link Steps}). Errors carry the id {@code identity-error} (browser tests find it).
 */
final class IdentitySteps {

    static final Steps STEPS = Steps.standard("identity-error");

    private IdentitySteps() {
    }
}
