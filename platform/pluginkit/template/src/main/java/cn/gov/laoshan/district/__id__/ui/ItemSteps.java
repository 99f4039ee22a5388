package cn.gov.laoshan.district.__id__.ui;

import cn.gov.laoshan.district.api.workflow.TransitionRefusedException;
import cn.gov.laoshan.district.__id__.service.Plumbing.Refused;
import cn.gov.laoshan.district.uikit.Refusal;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * PLUMBING (see service.Plumbing): the screens' {@link Steps}, told how to read the plugin's refusal; once uikit's
 * Steps shows the api's refusal by default this is {@code Steps.builder("__id__-error").build()}.
 */
final class ItemSteps {

    static final Steps STEPS = Steps.builder("__id__-error")
            .refusal(Refused.class, e -> new Refusal(e.field(), e.messageKey(), e.parameters()))
            .refusal(TransitionRefusedException.class, e -> new Refusal(null, e.messageKey(),
                    new Refusal.Key("__id__.action." + e.action()), new Refusal.Key("__id__.state." + e.state())))
            .build();

    private ItemSteps() {
    }
}
