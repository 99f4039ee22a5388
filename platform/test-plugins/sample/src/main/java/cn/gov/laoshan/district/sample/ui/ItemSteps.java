package cn.gov.laoshan.district.sample.ui;

import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.sample.service.Plumbing.Refused;
import cn.gov.laoshan.district.uikit.Refusal;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * PLUMBING (see service.Plumbing): the screens' {@link Steps}, told how to read the plugin's refusal; once uikit's
 * Steps shows the api's refusal by default this is {@code Steps.builder("sample-error").build()}.
 */
final class ItemSteps {

    static final Steps STEPS = Steps.builder("sample-error")
            .refusal(Refused.class, e -> new Refusal(e.field(), e.messageKey(), e.parameters()))
            .refusal(TransitionRefusedException.class, e -> new Refusal(null, e.messageKey(),
                    new Refusal.Key("sample.action." + e.action()), new Refusal.Key("sample.state." + e.state())))
            .build();

    private ItemSteps() {
    }
}
