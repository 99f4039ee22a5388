package cn.gov.laoshan.district.registry.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.enterprise.CreditGrade;
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
 * An enterprise's facts on its page: street and park, the credit grade, yearly figures (newest year first, with source
 * and as-of date), qualifications with their validity, credit marks. With {@code editable} (a holder of
 * {@code registry.facts.edit}) each part has its change ({@link FactForms}: add or correct a figure, add or end a
 * qualification, set street and park, add a credit mark, set the grade with a reason); after a change the panel reads
 * the facts again. The service checks every permission itself; the caller shows the panel only to whoever may read.
 */
public final class FactsPanel extends VerticalLayout {

    private final EnterpriseFactsService service;
    private final Uscc uscc;
    private final boolean editable;
    private CreditGrade grade;
    private final Consumer<CreditGrade> gradeSet;

    /**
     * @param grade    the enterprise's credit grade (kept in the registration)
     * @param gradeSet told when the grade was set here (the page shows it in the record too)
     */
    public FactsPanel(EnterpriseFactsService service, Uscc uscc, CreditGrade grade, boolean editable,
            Consumer<CreditGrade> gradeSet) {
        this.service = service;
        this.uscc = uscc;
        this.grade = grade;
        this.editable = editable;
        this.gradeSet = gradeSet;
        setId("registry-facts");
        setPadding(false);
        show();
    }

    /** Reads the facts again and shows them. */
    private void show() {
        removeAll();
        Locale locale = getLocale();
        EnterpriseFacts facts = service.facts(uscc);
        List<QualificationType> typeList = service.qualificationTypes();
        Map<String, QualificationType> types = typeList.stream().collect(Collectors.toMap(QualificationType::code, Function.identity()));
        String colon = Dates.chinese(locale) ? "：" : ": ";

        Span location = new Span(getTranslation("registry.facts.street") + colon + orDash(facts.location().street()) + "　"
                + getTranslation("registry.facts.park") + colon + orDash(facts.location().park()));
        location.setId("registry-facts-location");
        Span gradeText = new Span(getTranslation("registry.field.credit") + colon
                + (grade == null ? getTranslation("registry.grade.none") : grade.name()));
        gradeText.setId("registry-facts-grade");
        add(line(location, action("registry-facts-location-edit", "registry.facts.location.edit",
                () -> FactForms.location(this, service, uscc, facts.location(), this::show).open())));
        add(line(gradeText, action("registry-facts-grade-edit", "registry.grade.adjust",
                () -> FactForms.creditGrade(this, service, uscc, grade, set -> {
                    grade = set;
                    gradeSet.accept(set);
                    show();
                }).open())));

        add(line(new H4(getTranslation("registry.facts.figures")), action("registry-facts-figure-add", "registry.facts.figure.add",
                () -> FactForms.figure(this, service, uscc, null, this::show).open())));
        Grid<YearlyFigure> figures = new Grid<>();
        figures.setId("registry-facts-figures");
        figures.addThemeVariants(GridVariant.LUMO_COMPACT);
        figures.setAllRowsVisible(true);
        figures.addColumn(YearlyFigure::year).setHeader(getTranslation("registry.facts.year")).setAutoWidth(true);
        figures.addColumn(f -> f.kind().label(locale)).setHeader(getTranslation("registry.facts.figure")).setAutoWidth(true);
        figures.addColumn(f -> value(f, locale)).setHeader(getTranslation("registry.facts.value")).setAutoWidth(true);
        figures.addColumn(YearlyFigure::source).setHeader(getTranslation("registry.facts.source")).setAutoWidth(true);
        figures.addColumn(f -> Dates.date(f.asOf(), locale)).setHeader(getTranslation("registry.facts.as-of")).setAutoWidth(true);
        if (editable) {
            // each figure corrected from its row (the same enterprise, kind and year)
            figures.addComponentColumn(f -> {
                Button correct = new Button(getTranslation("registry.facts.figure.correct"),
                        e -> FactForms.figure(this, service, uscc, f, this::show).open());
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                correct.addClassName("registry-facts-figure-correct");
                return correct;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        if (facts.figures().isEmpty()) {
            // a grid of headers only reads as "still loading"; say there are none, as for qualifications and marks
            Span none = new Span(getTranslation("registry.facts.none"));
            none.setId("registry-facts-figures-none");
            add(none);
        } else {
            figures.setItems(facts.figures());
            add(figures);
        }

        add(line(new H4(getTranslation("registry.facts.qualifications")), action("registry-facts-qualification-add",
                "registry.facts.qualification.add",
                () -> FactForms.qualification(this, service, uscc, typeList, null, this::show).open())));
        if (facts.qualifications().isEmpty()) {
            add(new Span(getTranslation("registry.facts.none")));
        }
        LocalDate today = LocalDate.now(Dates.BEIJING);
        for (Qualification q : facts.qualifications()) {
            QualificationType type = types.get(q.type());
            String label = type == null ? q.type() : type.label(locale);
            Span text = new Span(label + "（" + Dates.date(q.validFrom(), locale) + " – " + Dates.date(q.validUntil(), locale) + "）"
                    + (q.validOn(today) ? "" : " " + getTranslation("registry.facts.expired")));
            text.addClassName("registry-facts-qualification");
            add(q.validOn(today) ? line(text, action(null, "registry.facts.qualification.end",
                    () -> FactForms.qualification(this, service, uscc, typeList, q, this::show).open())) : text);
        }

        add(line(new H4(getTranslation("registry.facts.marks")), action("registry-facts-mark-add", "registry.facts.mark.add",
                () -> FactForms.creditMark(this, service, uscc, this::show).open())));
        if (facts.creditMarks().isEmpty()) {
            add(new Span(getTranslation("registry.facts.none")));
        }
        for (CreditMark mark : facts.creditMarks()) {
            Span text = new Span(mark.mark() + colon + mark.reason() + "（" + mark.setBy() + "，" + Dates.dateTime(mark.setAt(), locale)
                    + (mark.until() == null ? "" : "，" + getTranslation("registry.facts.until") + " " + Dates.date(mark.until(), locale))
                    + "）");
            text.addClassName("registry-facts-mark");
            add(text);
        }
    }

    /** A change's button, for holders of the edit permission only (the service checks again); null otherwise. */
    private Button action(String id, String key, Runnable open) {
        if (!editable) {
            return null;
        }
        Button button = new Button(getTranslation(key), VaadinIcon.EDIT.create(), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (id != null) {
            button.setId(id);
        }
        return button;
    }

    private static HorizontalLayout line(com.vaadin.flow.component.Component text, Button action) {
        HorizontalLayout line = action == null ? new HorizontalLayout(text) : new HorizontalLayout(text, action);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return line;
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
