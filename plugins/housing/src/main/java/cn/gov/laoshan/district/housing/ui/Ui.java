package cn.gov.laoshan.district.housing.ui;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Money;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * What every housing screen shares: running a step with the user's words for a refusal, dialogs, amounts in 万元
 * (dates: uikit {@code Dates}).
 */
final class Ui {

    private Ui() {
    }

    /** The housing screens' steps: success says "saved"; errors carry the id {@code housing-error} (tests). */
    static final Steps STEPS = Steps.builder("housing-error").savedKey("housing.saved").build();

    /** Runs a step ({@link Steps#call}): the result, or {@code null} when refused (the user was told why). */
    static <T> T run(Component where, Supplier<T> step) {
        return STEPS.call(where, step);
    }

    /** Like {@link #run}, and a refusal naming a field marks that field invalid with the message. */
    static <T> T runAt(Component where, Map<String, ? extends HasValidation> fields, Supplier<T> step) {
        return STEPS.call(where, fields, step);
    }

    /** The dialog's OK button with field-level refusals ({@link #runAt}); closes the dialog when it succeeded. */
    static <T> Button okAt(Component owner, Dialog dialog, Map<String, ? extends HasValidation> fields,
            Supplier<T> step, Consumer<T> then) {
        Button ok = new Button(owner.getTranslation("housing.confirm"), e -> {
            T result = runAt(owner, fields, step);
            if (result != null) {
                dialog.close();
                then.accept(result);
            }
        });
        ok.setId("dialog-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ok;
    }

    /** The dialog's OK button: runs the step, closes the dialog when it succeeded. */
    static <T> Button ok(Component owner, Dialog dialog, Supplier<T> step, Consumer<T> then) {
        return okAt(owner, dialog, Map.of(), step, then);
    }

    static void error(String text) {
        STEPS.error(text);
    }

    static Dialog dialog(Component owner, String titleKey, Component... fields) {
        Dialog dialog = new Dialog(owner.getTranslation(titleKey));
        dialog.setWidth("40rem");
        dialog.add(new FormLayout(fields));
        Button cancel = new Button(owner.getTranslation("housing.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        return dialog;
    }

    /** An amount in 万元: 12,500万元 in Chinese, ¥125,000,000 in English (the kit's {@link Money}). */
    static String wan(BigDecimal amount, java.util.Locale locale) {
        return Money.wan(amount, locale);
    }

    /** One date, or a range "start – finish", each date kept on one line (the range may break between them). */
    static Span dates(java.util.Locale locale, java.time.LocalDate... days) {
        Span text = new Span();
        for (int n = 0; n < days.length; n++) {
            if (n > 0) {
                text.add(new Span(" – "));
            }
            Span day = new Span(Dates.date(days[n], locale));
            day.getStyle().set("white-space", "nowrap");
            day.addClassName("housing-date");
            text.add(day);
        }
        return text;
    }

    /** The locale of the UI {@code owner} is shown in (what {@code owner.getLocale()} says, from outside it). */
    static java.util.Locale locale(Component owner) {
        return owner.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
