package cn.gov.laoshan.district.uikit.money;

import java.util.Locale;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.laoshan.district.api.money.InvalidAmountException;
import cn.gov.laoshan.district.api.money.Yuan;

/**
 * A text field for an amount of yuan, bound to {@link Yuan}: the user types what {@link Yuan#parse} reads
 * (125000, 125,000.00, 12.5万, ¥125,000.00) and, when it leaves the field, sees it written back as
 * {@code 125,000.00} with 元 after it and, on a Chinese screen, the 万 form under it (12.50万元). A text that is no
 * amount, or has a third decimal, marks the field invalid with the reason in the UI language (the messages of
 * {@link InvalidAmountException}) and makes the value {@code null}; {@link #hasBadInput()} tells that from an empty
 * field, so a form refuses to save. Blank is {@code null} (set {@code setRequiredIndicatorVisible} and check for a
 * required amount).
 */
public class YuanField extends CustomField<Yuan> {

    private final TextField text = new TextField();
    private final Locale fixedLocale;
    private boolean badInput;
    private boolean presenting;

    public YuanField() {
        this(null, null);
    }

    public YuanField(String label) {
        this(label, null);
    }

    /** With the messages of {@code locale} whatever the UI's (tests, documents). */
    public YuanField(String label, Locale locale) {
        this.fixedLocale = locale;
        if (label != null) {
            setLabel(label);
        }
        text.setSuffixComponent(new Span("元"));
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            if (!presenting) {
                updateValue();
            }
        });
        add(text);
    }

    /** The text field inside, for ids and styling (its value is the text typed). */
    public TextField textField() {
        return text;
    }

    /** Whether the text typed is not an amount (the value is then {@code null} and the field marked invalid). */
    public boolean hasBadInput() {
        return badInput;
    }

    @Override
    protected Yuan generateModelValue() {
        String typed = text.getValue();
        if (typed == null || typed.isBlank()) {
            badInput = false;
            setInvalid(false);
            present(null);
            return null;
        }
        try {
            Yuan amount = Yuan.parse(typed);
            badInput = false;
            setInvalid(false);
            present(amount);
            return amount;
        } catch (InvalidAmountException e) {
            badInput = true;
            setErrorMessage(e.message(locale()));
            setInvalid(true);
            setHelperText(null);
            return null;
        }
    }

    @Override
    protected void setPresentationValue(Yuan amount) {
        badInput = false;
        setInvalid(false);
        present(amount);
    }

    private void present(Yuan amount) {
        presenting = true;
        try {
            if (amount != null) {
                // the amount written back in one form, whatever was typed (12.5万 → 125,000.00)
                String shown = amount.format();
                text.setValue(shown.substring(0, shown.length() - " 元".length()));
            }
            boolean chinese = !"en".equals(locale().getLanguage());
            setHelperText(amount != null && chinese ? amount.wan() : null);
        } finally {
            presenting = false;
        }
    }

    private Locale locale() {
        Locale locale = fixedLocale != null ? fixedLocale : getLocale();
        return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }
}
