package cn.gov.laoshan.district.housing.ui;

import java.time.LocalDate;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * A plan's items by stage and forecast start: name, department and flags (critical, provisional, simulated, done,
 * overdue, slack), duration, prerequisites, baseline, forecast with its delay, actual dates, and for managers the
 * buttons to record actual dates and to tailor the item. {@link #show} fills it with another state of the plan.
 */
final class PlanItemGrid extends Grid<PlanItemRecord> {

    private final PlanService plans;
    private PlanView plan;

    PlanItemGrid(PlanService plans, boolean manage, Consumer<PlanItemRecord> record,
            Consumer<PlanItemRecord> tailor) {
        this.plans = plans;
        setId("plan-items");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(PlanItemRecord::key).setHeader(getTranslation("housing.item.key")).setWidth("4rem").setFlexGrow(0);
        // the item's department and flags (critical, simulated, done, overdue, slack) under its name: columns of their
        // own left the name too narrow at 1280 px for "Simulated approval"
        addComponentColumn(i -> {
            Span department = new Span(i.department());
            department.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Div cell = new Div(new Span(i.name()), department);
            Component flags = flags(i);
            if (flags.getElement().getChildCount() > 0) {
                cell.add(flags);
            }
            return cell;
        }).setHeader(getTranslation("housing.item.name") + " · " + getTranslation("housing.item.department"))
                .setFlexGrow(3);
        addColumn(PlanItemRecord::durationDays).setHeader(getTranslation("housing.item.days")).setWidth("5.5rem")
                .setFlexGrow(0);
        // ", " so that a long list wraps (joined without spaces it was cut: "B02,B03,C04,D01,D…")
        addColumn(i -> String.join(", ", new TreeSet<>(i.prerequisites())))
                .setHeader(getTranslation("housing.item.prerequisites")).setFlexGrow(1);
        // a date never breaks inside (2026年12月 / 3日); the "按周末估算" mark wraps under it in a column as wide as a
        // date (measured to its widest cell, the mark took the room of the item names)
        addComponentColumn(i -> marked(i.baselineFinish()))
                .setHeader(getTranslation("housing.item.baseline")).setWidth("8.5rem").setFlexGrow(0);
        addComponentColumn(this::forecast).setHeader(getTranslation("housing.item.forecast"))
                .setWidth("8.5rem").setFlexGrow(0);
        addComponentColumn(i -> i.actualStart() == null ? new Span()
                : Ui.dates(getLocale(), i.actualStart(), i.actualFinish()))
                .setHeader(getTranslation("housing.item.actual")).setWidth("8.5rem").setFlexGrow(0);
        if (manage) {
            // as wide as its buttons in either language ("Record actual", "Tailor" were clipped at 11rem)
            addComponentColumn(i -> actions(i, record, tailor)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        setAllRowsVisible(true);
    }

    void show(PlanView plan) {
        this.plan = plan;
        setItems(plan.items().stream().sorted((a, b) -> a.stage() != b.stage() ? a.stage().compareTo(b.stage())
                : plan.forecast().item(a.key()).start().compareTo(plan.forecast().item(b.key()).start())).toList());
    }

    /** A plan date, marked "按周末估算" when it was counted over a year without a holiday arrangement. */
    private Component marked(LocalDate date) {
        Span text = Ui.dates(getLocale(), date);
        if (!plans.provisional(plan.project(), date)) {
            return text;
        }
        // the mark on a line of its own, wrapping: "estimated from weekends" is wider than the date column
        Span mark = Dates.provisionalMark(this);
        mark.getStyle().set("white-space", "normal").set("margin-inline-start", "0");
        Div cell = new Div(text, mark);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return cell;
    }

    private Component forecast(PlanItemRecord i) {
        ItemSchedule s = plan.forecast().item(i.key());
        Span text = Ui.dates(getLocale(), s.start(), s.finish());
        text.setId("forecast-" + i.key());
        int delay = plan.delay(i.key());
        if (delay > 0 && !i.finished()) {
            text.getElement().getThemeList().add("badge error");
            text.add(new Span(" +" + delay));
        }
        return text;
    }

    private Component flags(PlanItemRecord i) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.getStyle().set("flex-wrap", "wrap").set("gap", "2px").set("white-space", "normal");
        ItemSchedule s = plan.forecast().item(i.key());
        if (s.critical() && !i.finished()) {
            flags.add(Ui.badge(getTranslation("housing.item.critical"), "error"));
        }
        if (!i.finished() && plans.provisional(plan.project(), s.finish())) {
            flags.add(Dates.provisionalMark(this));
        }
        if (i.simulated()) {
            flags.add(Ui.badge(getTranslation("housing.item.simulated"), ""));
        }
        if (i.finished()) {
            flags.add(Ui.badge(getTranslation("housing.item.done"), "success"));
        } else if (plan.overdue(i.key())) {
            flags.add(Ui.badge(getTranslation("housing.item.overdue"), "error primary"));
        }
        if (!s.critical() && !i.finished() && s.slackDays() > 0) {
            flags.add(new Span(getTranslation("housing.item.slack", s.slackDays())));
        }
        // a badge may wrap its words in a narrow column rather than be cut
        flags.getChildren().forEach(c -> c.getElement().getStyle().set("white-space", "normal"));
        return flags;
    }

    private Component actions(PlanItemRecord i, Consumer<PlanItemRecord> record, Consumer<PlanItemRecord> tailor) {
        Button edit = new Button(getTranslation("housing.item.edit"), e -> tailor.accept(i));
        edit.setId("item-edit-" + i.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button actual = new Button(getTranslation("housing.item.record"), e -> record.accept(i));
        actual.setId("item-actual-" + i.key());
        actual.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actual.setEnabled(!i.finished());
        // one above the other: side by side they took 14rem in English at 1280 px, squeezing the item names
        VerticalLayout buttons = new VerticalLayout(actual, edit);
        buttons.setPadding(false);
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "2px");
        return buttons;
    }
}
