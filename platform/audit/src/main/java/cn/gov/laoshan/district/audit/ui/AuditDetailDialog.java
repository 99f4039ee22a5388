package cn.gov.laoshan.district.audit.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.audit.domain.AuditEntry;
import cn.gov.laoshan.district.uikit.Dates;

/** One record: every field, and before/after side by side (pretty-printed when JSON). */
final class AuditDetailDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    AuditDetailDialog(AuditEntry entry, Long tamperedId) {
        setId("audit-detail");
        setHeaderTitle(getTranslation("audit.detail.title", String.valueOf(entry.id())));
        setWidth("min(1100px, 95vw)");

        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (tamperedId != null && tamperedId == entry.id()) {
            Span warning = new Span("⚠ " + getTranslation("audit.detail.tampered"));
            warning.getElement().getThemeList().add("badge error");
            warning.setId("audit-detail-tampered");
            content.add(warning);
        }
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        fields.addFormItem(new Span(Dates.dateTimeSeconds(entry.occurredAt(), getLocale())
                + " (" + entry.occurredAt() + ")"), getTranslation("audit.column.time"));
        AuditLabels labels = new AuditLabels(this::getTranslation);
        fields.addFormItem(new Span(labels.actor(entry)), getTranslation("audit.column.actor"));
        fields.addFormItem(new Span(orDash(entry.clientAddress())), getTranslation("audit.column.address"));
        fields.addFormItem(new Span(labels.source(entry.source()) + " (" + entry.source() + ")"),
                getTranslation("audit.column.source"));
        fields.addFormItem(new Span(labels.action(entry.source(), entry.action()) + " (" + entry.action() + ")"),
                getTranslation("audit.column.action"));
        fields.addFormItem(new Span((entry.objectType() == null ? "—" : labels.objectType(entry.objectType()))
                + " · " + orDash(entry.objectId())),
                getTranslation("audit.column.object"));
        fields.addFormItem(mono(entry.previousHash()), getTranslation("audit.detail.previous-hash"));
        fields.addFormItem(mono(entry.hash()), getTranslation("audit.detail.hash"));
        content.add(fields);

        HorizontalLayout states = new HorizontalLayout(state("audit-detail-before", "audit.detail.before", entry.before()),
                state("audit-detail-after", "audit.detail.after", entry.after()));
        states.setWidthFull();
        content.add(states);
        add(content);

        Button close = new Button(getTranslation("audit.detail.close"), e -> close());
        close.setId("audit-detail-close");
        getFooter().add(close);
    }

    private Div state(String id, String titleKey, String text) {
        Pre pre = new Pre(text == null ? "—" : pretty(text));
        pre.setId(id);
        pre.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all").set("max-height", "40vh")
                .set("overflow", "auto").set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-s)").set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(new H4(getTranslation(titleKey)), pre);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }

    private static Span mono(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xs)").set("word-break", "break-all");
        return span;
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    /** JSON indented; any other text as it is. */
    static String pretty(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = JSON.readTree(trimmed);
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (Exception notJson) {
                return text;
            }
        }
        return text;
    }
}
