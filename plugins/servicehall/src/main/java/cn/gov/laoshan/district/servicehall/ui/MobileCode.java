package cn.gov.laoshan.district.servicehall.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.plugin.ClientAddress;
import cn.gov.laoshan.district.servicehall.service.PublicBooking;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The mobile proved by a one-time code on the plugin's public pages without an account (the free agency's order, a
 * 帮办代办 request, a 政务体验官's application): the mobile field, the code field and the "send the code" button —
 * the booking page's code ({@link PublicBooking#requestCode}, its limits per mobile and client address) — and the
 * submit that checks the page's form first, then checks and uses up the code, then takes the step, so that a form
 * with a mistake never costs the person their code. One piece for every such page (it was copied into each).
 * Element ids: {@code <prefix>-mobile}, {@code <prefix>-code}, {@code <prefix>-send-code}.
 */
public final class MobileCode {

    private final PublicBooking codes;
    private final Steps steps;
    private final TextField mobile;
    private final TextField code;
    private final Button send;

    /**
     * @param page     the public page the fields are on (its translations, where refusals are shown)
     * @param idPrefix the prefix of the fields' element ids
     */
    public MobileCode(Component page, String idPrefix, Steps steps, PublicBooking codes, ClientAddress address) {
        this.codes = codes;
        this.steps = steps;
        this.mobile = new TextField(page.getTranslation("servicehall.booking.mobile"));
        mobile.setId(idPrefix + "-mobile");
        this.code = new TextField(page.getTranslation("servicehall.public.code"));
        code.setMaxLength(6);
        code.setId(idPrefix + "-code");
        this.send = new Button(page.getTranslation("servicehall.public.send-code"), e -> {
            if (steps.call(page, Map.of("mobile", mobile), () -> {
                codes.requestCode(mobile.getValue(), address.current().orElse(null));
                return Boolean.TRUE;
            }) != null) {
                Notification.show(page.getTranslation("servicehall.public.code-sent"), 5000,
                        Notification.Position.MIDDLE);
            }
        });
        send.setId(idPrefix + "-send-code");
    }

    public TextField mobile() {
        return mobile;
    }

    public TextField code() {
        return code;
    }

    public Button sendButton() {
        return send;
    }

    /**
     * The three for a form, in the order a person uses them — the mobile, the button beside it, the code below —
     * the same on every public page.
     */
    public Component[] fields() {
        return new Component[] {mobile, send, code};
    }

    /**
     * Checks the form ({@code validate}: the service's check, storing nothing), then checks and uses up the code of
     * the mobile, then takes {@code step}; a refusal of any of them is shown at its field ({@code fields}, the code's
     * field added as {@code code}). The code field is emptied after the step.
     *
     * @return what the step returned, or {@code null} when something was refused
     */
    public <T> T submit(Component page, Map<String, ? extends HasValidation> fields, Runnable validate, Supplier<T> step) {
        Map<String, HasValidation> all = new LinkedHashMap<>(fields);
        all.put("code", code);
        T done = steps.call(page, all, () -> {
            validate.run();
            codes.verifyCode(mobile.getValue(), code.getValue());
            return step.get();
        });
        if (done != null) {
            code.clear();
        }
        return done;
    }
}
