package cn.gov.laoshan.district.housing.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gov.laoshan.district.api.security.AccessDeniedException;
import cn.gov.laoshan.district.housing.service.HousingException;

/** What every housing screen shares: running a step with the user's words for a refusal, dialogs, formats. */
final class Ui {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private Ui() {
    }

    /**
     * Runs a step; a refusal is shown in the user's words (zh-CN/en) and changes nothing; an unexpected failure is
     * logged and shown without its stack trace. Returns the result, or {@code null} when refused.
     */
    static <T> T run(Component where, Supplier<T> step) {
        try {
            T result = step.get();
            Notification.show(where.getTranslation("housing.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return result;
        } catch (HousingException refused) {
            error(where.getTranslation(refused.messageKey(), refused.parameters()));
        } catch (AccessDeniedException denied) {
            error(where.getTranslation("shell.error.denied.text"));
        } catch (RuntimeException unexpected) {
            LoggerFactory.getLogger(Ui.class).error("housing step failed", unexpected);
            error(where.getTranslation("shell.error.internal.text"));
        }
        return null;
    }

    /**
     * Like {@link #run}, and a refusal naming a field marks that field invalid with the message (the fields are
     * cleared first).
     */
    static <T> T runAt(Component where, java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
            Supplier<T> step) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            T result = step.get();
            Notification.show(where.getTranslation("housing.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return result;
        } catch (HousingException refused) {
            String text = where.getTranslation(refused.messageKey(), refused.parameters());
            com.vaadin.flow.component.HasValidation field = fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            error(text);
        } catch (AccessDeniedException denied) {
            error(where.getTranslation("shell.error.denied.text"));
        } catch (RuntimeException unexpected) {
            LoggerFactory.getLogger(Ui.class).error("housing step failed", unexpected);
            error(where.getTranslation("shell.error.internal.text"));
        }
        return null;
    }

    /** The dialog's OK button with field-level refusals ({@link #runAt}). */
    static <T> Button okAt(Component owner, Dialog dialog,
            java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields, Supplier<T> step,
            java.util.function.Consumer<T> then) {
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

    static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("housing-error");
    }

    static Dialog dialog(Component owner, String titleKey, Component... fields) {
        Dialog dialog = new Dialog(owner.getTranslation(titleKey));
        dialog.setWidth("40rem");
        dialog.add(new FormLayout(fields));
        Button cancel = new Button(owner.getTranslation("housing.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        return dialog;
    }

    /** The dialog's OK button: runs the step, closes the dialog when it succeeded. */
    static <T> Button ok(Component owner, Dialog dialog, Supplier<T> step, java.util.function.Consumer<T> then) {
        Button ok = new Button(owner.getTranslation("housing.confirm"), e -> {
            T result = run(owner, step);
            if (result != null) {
                dialog.close();
                then.accept(result);
            }
        });
        ok.setId("dialog-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return ok;
    }

    static String date(LocalDate day) {
        return day == null ? "" : day.format(DATE);
    }

    /** An amount in 万元: 12,500.00万元. */
    static String wan(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.##").format(amount) + "万元";
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
