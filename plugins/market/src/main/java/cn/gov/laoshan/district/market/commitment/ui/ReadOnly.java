package cn.gov.laoshan.district.market.commitment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/** A labelled read-only value, as the commitment and case pages show their facts (id: the key's, + {@code -value}). */
public final class ReadOnly {

    private ReadOnly() {
    }

    public static TextField field(Component view, String key, Object value) {
        TextField field = new TextField(view.getTranslation(key));
        field.setValue(value == null ? "" : value.toString());
        field.setReadOnly(true);
        // addressable by what it shows: market.case.harm → #market-case-harm-value
        field.setId(key.replace('.', '-') + "-value");
        return field;
    }
}
