package cn.gov.laoshan.district.finance.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
import cn.gov.laoshan.district.api.enterprise.EnterpriseSize;
import cn.gov.laoshan.district.finance.domain.Check;
import cn.gov.laoshan.district.uikit.Money;

/** A match's reasons in the reader's language: ✓ for a criterion met, ✗ for one failed, with the values. */
final class Reasons {

    private Reasons() {
    }

    static String text(Check c, Component where) {
        Locale locale = locale();
        BiFunction<String, Object[], String> t = (key, args) -> where.getTranslation(key, args);
        String wanted = value(c.kind(), c.wanted(), locale, where);
        String actual = value(c.kind(), c.actual(), locale, where);
        return (c.met() ? "✓ " : "✗ ") + t.apply(c.messageKey(), new Object[] { wanted, actual });
    }

    static String text(List<Check> checks, Component where) {
        return checks.stream().map(c -> text(c, where)).collect(Collectors.joining("；"));
    }

    static Component list(List<Check> checks, Component where, String id) {
        Div div = new Div();
        div.setId(id);
        for (Check c : checks) {
            Span line = new Span(text(c, where));
            line.getStyle().set("display", "block").set("color", c.met() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            line.addClassName(c.met() ? "finance-check-met" : "finance-check-failed");
            div.add(line);
        }
        return div;
    }

    /** The UI's language (a component's own getLocale is not public). */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    private static String value(String kind, String raw, Locale locale, Component where) {
        if (raw == null || raw.isEmpty()) {
            return where.getTranslation("finance.check.unknown");
        }
        return switch (kind) {
            case "size" -> Arrays.stream(raw.split(",")).map(code -> {
                EnterpriseSize s = EnterpriseSize.fromText(code);
                return s == null ? code : s.label(locale);
            }).collect(Collectors.joining("/"));
            case "credit" -> Arrays.stream(raw.split(",")).map(code -> CreditGrade.fromText(code) == null ? code
                    : code).collect(Collectors.joining("/"));
            case "qualification" -> where.getTranslation("finance.qualification." + raw);
            case "revenue" -> Money.yuan(new java.math.BigDecimal(raw), locale);
            case "amount" -> Arrays.stream(raw.split("–")).map(v -> Money.yuan(new java.math.BigDecimal(v), locale))
                    .collect(Collectors.joining("–"));
            default -> raw;
        };
    }
}
