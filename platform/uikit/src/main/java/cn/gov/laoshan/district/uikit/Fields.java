package cn.gov.laoshan.district.uikit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Number fields whose bounds the user reads at the field: the browser marks a number outside at once with the
 * bound named ("不能小于 0" / "Must not be less than 0", the shell's {@code shell.number.min}/{@code max}), the
 * service checks the same bounds again. Dates: {@link Dates#bound}.
 */
public final class Fields {

    private Fields() {
    }

    /** Bounds {@code field} to {@code min}..{@code max} (both included) with the messages naming them; returns it. */
    public static IntegerField range(IntegerField field, int min, int max, Component owner) {
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(false);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(owner.getTranslation("shell.number.min", min))
                .setMaxErrorMessage(owner.getTranslation("shell.number.max", max))
                .setRequiredErrorMessage(owner.getTranslation("shell.field.required"))
                .setBadInputErrorMessage(owner.getTranslation("shell.number.bad")));
        return field;
    }
}
