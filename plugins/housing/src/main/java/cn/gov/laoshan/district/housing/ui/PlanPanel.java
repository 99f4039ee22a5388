package cn.gov.laoshan.district.housing.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.housing.service.PlanView.StageSummary;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * A project's plan: the forecast against the baseline, the Gantt chart, the stage summary, the items with their
 * actions — or, while it has none, the approval menu to make it from.
 * <p>
 * After a change the same panel is filled again in place (summary, chart, the grids' items): the grids and their
 * columns are kept, so the browser does not build them anew (it took most of a second; docs/performance.md).
 */
final class PlanPanel extends VerticalLayout {

    private final PlanService plans;
    private final boolean manage;
    private final Consumer<PlanView> changed;
    private Project project;
    private PlanView plan;
    private Div overview;
    private Div gantt;
    private Grid<StageSummary> stages;
    private PlanItemGrid items;

    /** @param changed told of every change made here, with the plan after it */
    PlanPanel(PlanService plans, boolean manage, Consumer<PlanView> changed) {
        this.plans = plans;
        this.manage = manage;
        this.changed = changed;
        setPadding(false);
    }

    void show(Project p, Optional<PlanView> view) {
        project = p;
        if (view.isEmpty()) {
            plan = null;
            noPlan();
            return;
        }
        if (plan == null) {
            build();
        }
        plan = view.get();
        overview.removeAll();
        overview.add(overview(plan));
        gantt.getElement().setProperty("innerHTML", GanttChart.svg(plan, this::getTranslation, getLocale()));
        stages.setItems(plans.stages(plan));
        items.show(plan);
    }

    private void noPlan() {
        removeAll();
        setId("project-no-plan");
        add(new H3(getTranslation("housing.plan.title")), new Paragraph(getTranslation("housing.plan.none")));
        if (!manage) {
            return;
        }
        Select<Template> template = new Select<>();
        template.setId("plan-template");
        template.setLabel(getTranslation("housing.plan.template"));
        List<Template> all = plans.templates();
        template.setItems(all);
        template.setItemLabelGenerator(t -> t.name() + getTranslation("housing.punct.open") + t.items().size()
                + getTranslation("housing.punct.close"));
        all.stream().filter(t -> t.kind() == project.kind()).findFirst().ifPresent(template::setValue);
        Button create = new Button(getTranslation("housing.plan.create"), e -> {
            if (template.getValue() == null) {
                Ui.error(getTranslation("housing.error.no-such-template"));
                return;
            }
            PlanView made = Ui.run(this, () -> plans.createPlan(project.id(), template.getValue().id()));
            if (made != null) {
                changed.accept(made);
            }
        });
        create.setId("plan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(template, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    /** The parts that stay while the plan changes. */
    private void build() {
        removeAll();
        setId("project-plan");
        overview = new Div();
        overview.setWidthFull();
        gantt = new Div();
        gantt.setId("project-gantt");
        gantt.setWidthFull();
        stages = stageGrid();
        items = new PlanItemGrid(plans, manage,
                i -> ActualDatesDialog.open(this, plans, project, i, changed),
                i -> TailorItemDialog.open(this, plans, project, i, changed));
        add(new H3(getTranslation("housing.plan.title")), overview, gantt, stages, items);
        if (manage) {
            Button add = new Button(getTranslation("housing.plan.add"), VaadinIcon.PLUS.create(),
                    e -> AddItemDialog.open(this, plans, plan, changed));
            add.setId("plan-add");
            Button rebaseline = new Button(getTranslation("housing.plan.rebaseline"),
                    e -> RebaselineDialog.open(this, plans, project, changed));
            rebaseline.setId("plan-rebaseline");
            add(new HorizontalLayout(add, rebaseline));
        }
    }

    /** Completion against the baseline, days saved, the simulated approvals' gain, overdue items. */
    private VerticalLayout overview(PlanView plan) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        int saved = plan.daysSaved();
        Paragraph summary = new Paragraph(getTranslation("housing.plan.summary",
                Dates.date(plan.project().baselineCompletion(), getLocale()),
                Dates.date(plan.forecast().completion(), getLocale()), plan.forecast().totalWorkingDays()));
        summary.setId("plan-summary");
        Span ahead = Ui.badge(saved >= 0 ? getTranslation("housing.plan.ahead", saved)
                : getTranslation("housing.plan.behind", -saved), saved >= 0 ? "success" : "error");
        ahead.setId("plan-days-saved");
        if (plans.provisional(plan.project(), plan.forecast().completion())
                || plans.provisional(plan.project(), plan.project().baselineCompletion())) {
            Span mark = Dates.provisionalMark(this);
            mark.setId("plan-provisional");
            summary.add(mark);
        }
        HorizontalLayout line = new HorizontalLayout(summary, ahead);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.add(line);
        if (plan.forecast().simulatedApprovalGainDays() > 0) {
            Paragraph gain = new Paragraph(getTranslation("housing.plan.simulation-gain",
                    plan.forecast().simulatedApprovalGainDays(),
                    Dates.date(plan.forecast().completionWithoutSimulatedApproval(), getLocale())));
            gain.setId("plan-simulation-gain");
            box.add(gain);
        }
        if (plan.overdueCount() > 0) {
            Span overdue = Ui.badge(getTranslation("housing.plan.overdue", plan.overdueCount()), "error primary");
            overdue.setId("plan-overdue");
            box.add(overdue);
        }
        return box;
    }

    private Grid<StageSummary> stageGrid() {
        Grid<StageSummary> grid = new Grid<>();
        grid.setId("plan-stages");
        grid.addColumn(s -> getTranslation("housing.stage." + s.stage())).setHeader(getTranslation("housing.item.stage"));
        grid.addColumn(s -> s.finished() + " / " + s.items()).setHeader(getTranslation("housing.stage.done"));
        grid.addColumn(s -> Dates.date(s.baselineFinish(), getLocale()))
                .setHeader(getTranslation("housing.stage.baseline"));
        grid.addColumn(s -> Dates.date(s.forecastFinish(), getLocale()))
                .setHeader(getTranslation("housing.stage.forecast"));
        grid.addComponentColumn(s -> s.delayDays() > 0 ? Ui.badge("+" + s.delayDays(), "error")
                : Ui.badge(Integer.toString(s.delayDays()), s.delayDays() < 0 ? "success" : "contrast"))
                .setHeader(getTranslation("housing.stage.delay"));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
