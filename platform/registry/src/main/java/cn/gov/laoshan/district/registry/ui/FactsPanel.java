package cn.gov.laoshan.district.registry.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.CreditMark;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.enterprise.facts.QualificationType;
import cn.gov.laoshan.district.api.enterprise.facts.YearlyFigure;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * An enterprise's facts, read only: street and park, yearly figures (newest year first, with source and as-of date),
 * qualifications with their validity, credit marks. The service checks the read permission; the caller shows the
 * panel only to whoever holds it. Editing belongs to the enterprise page.
 */
public final class FactsPanel extends VerticalLayout {

    public FactsPanel(EnterpriseFactsService service, Uscc uscc) {
        setId("registry-facts");
        setPadding(false);
        Locale locale = getLocale();
        EnterpriseFacts facts = service.facts(uscc);
        Map<String, QualificationType> types = service.qualificationTypes().stream()
                .collect(Collectors.toMap(QualificationType::code, Function.identity()));

        String colon = Dates.chinese(locale) ? "：" : ": ";
        Span location = new Span(getTranslation("registry.facts.street") + colon + orDash(facts.location().street()) + "　"
                + getTranslation("registry.facts.park") + colon + orDash(facts.location().park()));
        location.setId("registry-facts-location");
        add(location);

        add(new H4(getTranslation("registry.facts.figures")));
        Grid<YearlyFigure> figures = new Grid<>();
        figures.setId("registry-facts-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT);
        figures.setAllRowsVisible(true);
        figures.addColumn(YearlyFigure::year).setHeader(getTranslation("registry.facts.year")).setAutoWidth(true);
        figures.addColumn(f -> f.kind().label(locale)).setHeader(getTranslation("registry.facts.figure")).setAutoWidth(true);
        figures.addColumn(f -> value(f, locale)).setHeader(getTranslation("registry.facts.value")).setAutoWidth(true);
        figures.addColumn(YearlyFigure::source).setHeader(getTranslation("registry.facts.source")).setAutoWidth(true);
        figures.addColumn(f -> Dates.date(f.asOf(), locale)).setHeader(getTranslation("registry.facts.as-of")).setAutoWidth(true);
        figures.setItems(facts.figures());
        add(figures);

        add(new H4(getTranslation("registry.facts.qualifications")));
        if (facts.qualifications().isEmpty()) {
            add(new Span(getTranslation("registry.facts.none")));
        }
        LocalDate today = LocalDate.now(Dates.BEIJING);
        for (Qualification q : facts.qualifications()) {
            QualificationType type = types.get(q.type());
            String label = type == null ? q.type() : type.label(locale);
            add(new Span(label + "（" + Dates.date(q.validFrom(), locale) + " – " + Dates.date(q.validUntil(), locale) + "）"
                    + (q.validOn(today) ? "" : " " + getTranslation("registry.facts.expired"))));
        }

        add(new H4(getTranslation("registry.facts.marks")));
        if (facts.creditMarks().isEmpty()) {
            add(new Span(getTranslation("registry.facts.none")));
        }
        for (CreditMark mark : facts.creditMarks()) {
            add(new Span(mark.mark() + colon + mark.reason() + "（" + mark.setBy() + "，" + Dates.dateTime(mark.setAt(), locale)
                    + (mark.until() == null ? "" : "，" + getTranslation("registry.facts.until") + " " + Dates.date(mark.until(), locale))
                    + "）"));
        }
    }

    private static String value(YearlyFigure f, Locale locale) {
        if (f.kind() == FigureKind.HEADCOUNT) {
            return f.value().stripTrailingZeros().toPlainString();
        }
        return Formats.capital(f.value(), locale);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
