package cn.gov.laoshan.district.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A record shown read-only, one row per field: the label, then the value ("—" when there is none). The rows carry
 * the shell's classes {@code district-field}, {@code district-field-label} and {@code district-field-value}; the
 * value's {@code data-field} attribute names the field (styles and tests find it by it). Used by every page that
 * shows an enterprise's registration: the registry's enterprise page and 我的企业.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** One row: {@code label} and {@code value}, the value marked {@code data-field=key}. */
    public static Div row(String key, String label, String value) {
        Div row = new Div();
        row.addClassName("district-field");
        Span name = new Span(label);
        name.addClassName("district-field-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("district-field-value");
        text.getElement().setAttribute("data-field", key);
        row.add(name, text);
        return row;
    }
}
