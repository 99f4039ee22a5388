package cn.gov.laoshan.district.mediation.ui;

import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.mediation.service.CaseException;
import cn.gov.laoshan.district.uikit.Refusal;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The mediation screens' {@link Steps}: a {@link CaseException} and a refused workflow transition are shown in the
 * user's words (the transition's action and state translated); each screen uses its own error id.
 */
final class CaseSteps {

    static final Steps STEPS = Steps.builder("case-error")
            .refusal(CaseException.class, e -> new Refusal(e.field(), e.messageKey(), e.parameters()))
            .refusal(TransitionRefusedException.class, e -> new Refusal(null, e.messageKey(),
                    new Refusal.Key("mediation.action." + e.action()), new Refusal.Key("mediation.state." + e.state())))
            .build();

    private CaseSteps() {
    }
}
