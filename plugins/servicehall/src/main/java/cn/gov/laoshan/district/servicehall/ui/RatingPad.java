package cn.gov.laoshan.district.servicehall.ui;

import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.servicehall.domain.Rating;
import cn.gov.laoshan.district.servicehall.domain.RatingLevel;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * 好差评's five levels and the reasons, as the person rates a visit: on the window's pad right after the service
 * (the clerk's queue screen) or later on the public booking page (补评). A refusal is shown at the reasons.
 */
final class RatingPad {

    private static final Steps STEPS = Steps.standard("servicehall-error");

    private RatingPad() {
    }

    /** Fills {@code pad}; {@code rate} records the level and reasons, {@code rated} runs once it is recorded. */
    static void fill(VerticalLayout pad, BiFunction<RatingLevel, String, Rating> rate, Runnable rated) {
        pad.removeAll();
        TextField reasons = new TextField(pad.getTranslation("servicehall.rating.reasons"));
        reasons.setId("servicehall-rating-reasons");
        reasons.setWidth("30em");
        HorizontalLayout levels = new HorizontalLayout();
        levels.getStyle().set("flex-wrap", "wrap");
        for (RatingLevel level : RatingLevel.values()) {
            Button b = new Button(pad.getTranslation("servicehall.rating.level." + level), e -> {
                if (STEPS.call(pad, Map.of("reasons", reasons), () -> rate.apply(level, reasons.getValue())) != null) {
                    rated.run();
                }
            });
            b.setId("servicehall-rate-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (level.dissatisfied()) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            levels.add(b);
        }
        pad.add(new Paragraph(pad.getTranslation("servicehall.rating.ask")), levels, reasons);
        pad.setVisible(true);
    }
}
