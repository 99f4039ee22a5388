package cn.gov.laoshan.district.registry.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.registry.facts.FactHistory;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.UnsavedChanges;

/**
 * An enterprise's facts on its page: street and park, the credit grade, yearly figures (newest year first, with source
 * and as-of date), qualifications with their validity, credit marks. Read-only for whoever may read them (an
 * enterprise user's 我的企业). {@link #editing} (a holder of {@code registry.facts.edit}, on the enterprise page) adds
 * under each part its change as a form on the page ({@link FactForms}: add or correct a figure, add or end a
 * qualification, set street and park, add a credit mark, set the grade with a reason), the page's guard told while a
 * form holds unsaved input, and the enterprise's 变更记录 (who changed which fact when, before → after, from
 * {@link FactHistory}). After a change the panel reads the facts and the history again; the other forms keep what was
 * typed in them. The service checks every permission itself; the caller shows the panel only to whoever may read.
 */
public final class FactsPanel extends VerticalLayout implements FactForm.Edits {

    private final EnterpriseFactsService service;
    private final Uscc uscc;
    private final boolean editable;
    private CreditGrade grade;
    private final Consumer<CreditGrade> gradeSet;
    private final UnsavedChanges guard;
    private final List<QualificationType> typeList;
    private final Map<String, QualificationType> types;
    /** The forms holding unsaved input, by key. */
    private final Set<String> changed = new HashSet<>();

    private final Span location = new Span();
    private final Span gradeText = new Span();
    private final Div figures = new Div();
    private final Div qualifications = new Div();
    private final Div marks = new Div();
    /** The forms' places (editing only), by key: a form is put in again after its save or discard. */
    private final Map<String, Div> forms = new java.util.LinkedHashMap<>();
    private EnterpriseFacts facts;
    private TimelinePanel history;

    /** The facts, read-only (an enterprise user's own, on 我的企业). */
    public FactsPanel(EnterpriseFactsService service, Uscc uscc, CreditGrade grade) {
        this(service, null, uscc, grade, null, unchanged -> { });
    }

    /**
     * The facts with their forms and history, for a holder of {@code registry.facts.edit}.
     *
     * @param grade    the enterprise's credit grade (kept in the registration)
     * @param guard    the page's guard against leaving with unsaved input
     * @param gradeSet told when the grade was set here (the page shows it in the record too)
     */
    public static FactsPanel editing(EnterpriseFactsService service, FactHistory history, Uscc uscc, CreditGrade grade,
            UnsavedChanges guard, Consumer<CreditGrade> gradeSet) {
        return new FactsPanel(service, history, uscc, grade, guard, gradeSet);
    }

    private FactsPanel(EnterpriseFactsService service, FactHistory changes, Uscc uscc, CreditGrade grade,
            UnsavedChanges guard, Consumer<CreditGrade> gradeSet) {
        this.service = service;
        this.uscc = uscc;
        this.grade = grade;
        this.editable = changes != null;
        this.guard = guard;
        this.gradeSet = gradeSet;
        this.typeList = service.qualificationTypes();
        this.types = typeList.stream().collect(Collectors.toMap(QualificationType::code, Function.identity()));
        setId("registry-facts");
        setPadding(false);
        location.setId("registry-facts-location");
        gradeText.setId("registry-facts-grade");
        figures.setWidthFull();
        add(location, form("location"), gradeText, form("grade"));
        add(new H4(getTranslation("registry.facts.figures")), figures, form("figure"));
        add(new H4(getTranslation("registry.facts.qualifications")), qualifications, form("qualification"));
        add(new H4(getTranslation("registry.facts.marks")), marks, form("mark"));
        if (editable) {
            FactChangeText words = new FactChangeText(getLocale(), this::getTranslation, types);
            // the panel wants the oldest first; the history hands out the newest
            history = new TimelinePanel("registry-facts-history", () -> {
                List<TimelineEntry> entries = new ArrayList<>(changes.of(uscc).stream().map(words::entry).toList());
                Collections.reverse(entries);
                return entries;
            }).title(getTranslation("registry.history.title")).limit(FactHistory.SHOWN);
            add(history);
            forms.keySet().forEach(key -> reset(key, null));
        }
        show();
    }

    /** The place of a form (editing only; nothing otherwise). */
    private Div form(String key) {
        Div place = new Div();
        place.setWidthFull();
        if (editable) {
            forms.put(key, place);
        } else {
            place.setVisible(false);
        }
        return place;
    }

    /**
     * Puts the form {@code key} in its place again, empty (or prefilled with {@code subject}: the figure to correct,
     * the qualification to end, opened).
     */
    private void reset(String key, Object subject) {
        Div place = forms.get(key);
        FactForm.Hooks hooks = new FactForm.Hooks(key, this, () -> {
            show();
            reset(key, null);
            history.refresh();
        }, () -> reset(key, null));
        FactForm form = switch (key) {
            case "location" -> FactForms.location(this, service, uscc, facts == null ? current().location() : facts.location(), hooks);
            case "grade" -> FactForms.creditGrade(this, service, uscc, grade, set -> {
                grade = set;
                gradeSet.accept(set);
            }, hooks);
            case "figure" -> FactForms.figure(this, service, uscc, (YearlyFigure) subject, hooks);
            case "qualification" -> FactForms.qualification(this, service, uscc, typeList, (Qualification) subject, hooks);
            case "mark" -> FactForms.creditMark(this, service, uscc, hooks);
            default -> throw new IllegalArgumentException(key);
        };
        if (subject != null) {
            form.setOpened(true);
            clean(key);
        }
        place.removeAll();
        place.add(form);
    }

    /** Opens the grade's form (editing only), as the registration form's 调整信用等级… asks. */
    public void openGradeForm() {
        forms.get("grade").getChildren().findFirst().ifPresent(form -> ((FactForm) form).setOpened(true));
    }

    private EnterpriseFacts current() {
        facts = service.facts(uscc);
        return facts;
    }

    @Override
    public void changed(String form) {
        changed.add(form);
        if (guard != null) {
            guard.changed();
        }
    }

    @Override
    public void clean(String form) {
        changed.remove(form);
        if (guard != null && changed.isEmpty()) {
            guard.saved();
        }
    }

    /** Reads the facts again and shows them (the forms keep what is typed in them). */
    private void show() {
        Locale locale = getLocale();
        EnterpriseFacts facts = current();
        String colon = Dates.chinese(locale) ? "：" : ": ";

        location.setText(getTranslation("registry.facts.street") + colon + orDash(facts.location().street()) + "　"
                + getTranslation("registry.facts.park") + colon + orDash(facts.location().park()));
        gradeText.setText(getTranslation("registry.field.credit") + colon
                + (grade == null ? getTranslation("registry.grade.none") : grade.name()));

        figures.removeAll();
        Grid<YearlyFigure> grid = new Grid<>();
        grid.setId("registry-facts-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(YearlyFigure::year).setHeader(getTranslation("registry.facts.year")).setAutoWidth(true);
        grid.addColumn(f -> f.kind().label(locale)).setHeader(getTranslation("registry.facts.figure")).setAutoWidth(true);
        grid.addColumn(f -> value(f, locale)).setHeader(getTranslation("registry.facts.value")).setAutoWidth(true);
        grid.addColumn(YearlyFigure::source).setHeader(getTranslation("registry.facts.source")).setAutoWidth(true);
        grid.addColumn(f -> Dates.date(f.asOf(), locale)).setHeader(getTranslation("registry.facts.as-of")).setAutoWidth(true);
        if (editable) {
            // each figure corrected from its row (the same enterprise, kind and year), in the figure form
            grid.addComponentColumn(f -> {
                Button correct = new Button(getTranslation("registry.facts.figure.correct"), e -> reset("figure", f));
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                correct.addClassName("registry-facts-figure-correct");
                return correct;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        if (facts.figures().isEmpty()) {
            // a grid of headers only reads as "still loading"; say there are none, as for qualifications and marks
            Span none = new Span(getTranslation("registry.facts.none"));
            none.setId("registry-facts-figures-none");
            figures.add(none);
        } else {
            grid.setItems(facts.figures());
            figures.add(grid);
        }

        qualifications.removeAll();
        if (facts.qualifications().isEmpty()) {
            qualifications.add(new Span(getTranslation("registry.facts.none")));
        }
        LocalDate today = LocalDate.now(Dates.BEIJING);
        for (Qualification q : facts.qualifications()) {
            QualificationType type = types.get(q.type());
            String label = type == null ? q.type() : type.label(locale);
            Span text = new Span(label + "（" + Dates.date(q.validFrom(), locale) + " – " + Dates.date(q.validUntil(), locale) + "）"
                    + (q.validOn(today) ? "" : " " + getTranslation("registry.facts.expired")));
            text.addClassName("registry-facts-qualification");
            qualifications.add(q.validOn(today) ? line(text, action("registry.facts.qualification.end",
                    () -> reset("qualification", q))) : new Div(text));
        }

        marks.removeAll();
        if (facts.creditMarks().isEmpty()) {
            marks.add(new Span(getTranslation("registry.facts.none")));
        }
        for (CreditMark mark : facts.creditMarks()) {
            Span text = new Span(mark.mark() + colon + mark.reason() + "（" + mark.setBy() + "，" + Dates.dateTime(mark.setAt(), locale)
                    + (mark.until() == null ? "" : "，" + getTranslation("registry.facts.until") + " " + Dates.date(mark.until(), locale))
                    + "）");
            text.addClassName("registry-facts-mark");
            marks.add(new Div(text));
        }
    }

    /** A row's change (ending a qualification), for holders of the edit permission only (the service checks again). */
    private Button action(String key, Runnable open) {
        if (!editable) {
            return null;
        }
        Button button = new Button(getTranslation(key), VaadinIcon.EDIT.create(), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
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
