package cn.gov.laoshan.district.housing.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.PlanItemRecord;
import cn.gov.laoshan.district.housing.domain.InvestmentKind;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.domain.ProjectLevel;
import cn.gov.laoshan.district.housing.domain.ProjectStatus;
import cn.gov.laoshan.district.housing.domain.Stage;
import cn.gov.laoshan.district.housing.domain.Template;
import cn.gov.laoshan.district.housing.plan.ItemSchedule;
import cn.gov.laoshan.district.housing.service.HousingPermissions;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.housing.service.ProjectService.PlanView;
import cn.gov.laoshan.district.housing.service.ProjectService.StageSummary;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Fields;
import cn.gov.laoshan.district.uikit.RouteRecord;

/**
 * One project: its particulars and service team; its plan (made from a menu, then tailored), the forecast against
 * the baseline, the Gantt chart, the stage summary, the items with their actions; its blocking issues; its timeline.
 */
public class ProjectView extends VerticalLayout implements BeforeEnterObserver {


    private final ProjectService projects;
    private final IssueService issues;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final UserDirectory directory;
    private Project current;

    /**
     * @param directory the platform's staff to pick the task-force lead from, or {@code null} when it is not running
     *                  (the lead's name and login are then typed)
     */
    public ProjectView(ProjectService projects, IssueService issues, AccessControl access, EnterpriseRegistry registry,
            UserDirectory directory) {
        this.projects = projects;
        this.issues = issues;
        this.access = access;
        this.registry = registry;
        this.directory = directory;
        setId("housing-project");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Project> found = RouteRecord.find(event, projects::find);
        if (found.isEmpty()) {
            return;
        }
        show(found.get().id());
    }

    private void show(long id) {
        current = projects.find(id).orElseThrow();
        removeAll();
        H2 title = new H2(current.name());
        title.setId("project-title");
        Span status = Ui.badge(getTranslation("housing.status." + current.status()), "");
        status.setId("project-status");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (manage()) {
            Button edit = new Button(getTranslation("housing.project.edit"), VaadinIcon.EDIT.create(), e -> detailsDialog());
            edit.setId("project-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            head.add(edit);
        }
        add(BackLink.to("housing/projects", getTranslation("housing.back.projects")), head, particulars(current));
        Optional<PlanView> plan = projects.plan(id);
        if (plan.isEmpty()) {
            add(noPlan());
        } else {
            add(plan(plan.get()));
        }
        add(issues(current), timeline(current));
    }

    private boolean manage() {
        return access.has(HousingPermissions.MANAGE);
    }

    private Component particulars(Project p) {
        Div box = new Div();
        box.addClassName("district-card");
        box.add(new Paragraph(p.code() + " · " + getTranslation("housing.project.investor") + getTranslation("housing.punct.colon") + p.investorName()
                + getTranslation("housing.punct.open") + p.investorUscc() + getTranslation("housing.punct.close")));
        box.add(new Paragraph(getTranslation("housing.kind." + p.kind()) + " · " + getTranslation("housing.level."
                + p.level()) + " · " + getTranslation("housing.project.amount") + " " + Ui.wan(p.amountWan(), getLocale()) + " · "
                + p.location()));
        if (p.teamName() != null || p.leadName() != null) {
            box.add(new Paragraph(getTranslation("housing.project.team") + getTranslation("housing.punct.colon") + (p.teamName() == null ? "" : p.teamName())
                    + (p.leadName() == null ? "" : " · " + getTranslation("housing.project.lead") + " " + p.leadName())
                    + (p.teamMembers() == null ? "" : " · " + p.teamMembers())));
        }
        return box;
    }

    // ---- editing the particulars

    private void detailsDialog() {
        Project p = current;
        TextField name = new TextField(getTranslation("housing.project.name"));
        name.setId("edit-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setValue(p.name());
        com.vaadin.flow.component.combobox.ComboBox<Enterprise> investor = NewProjectView.investorPicker(this, registry);
        investor.setId("edit-investor");
        try {
            registry.find(Uscc.parse(p.investorUscc())).ifPresent(investor::setValue);
        } catch (RuntimeException unknown) {
            // an investor no longer in the registry: the field stays empty and must be picked again
        }
        Select<InvestmentKind> kind = new Select<>();
        kind.setLabel(getTranslation("housing.project.kind"));
        kind.setId("edit-kind");
        kind.setItems(InvestmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("housing.kind." + k));
        kind.setValue(p.kind());
        Select<ProjectLevel> level = new Select<>();
        level.setLabel(getTranslation("housing.project.level"));
        level.setId("edit-level");
        level.setItems(ProjectLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("housing.level." + l));
        level.setValue(p.level());
        com.vaadin.flow.component.textfield.BigDecimalField amount = new com.vaadin.flow.component.textfield.BigDecimalField(
                getTranslation("housing.project.amount-wan"));
        amount.setId("edit-amount");
        amount.setSuffixComponent(new Span(getTranslation("housing.unit.wan")));
        amount.setValue(p.amountWan());
        TextField location = new TextField(getTranslation("housing.project.location"));
        location.setId("edit-location");
        location.setRequired(true);
        location.setValue(p.location() == null ? "" : p.location());
        TextField team = new TextField(getTranslation("housing.project.team"));
        team.setId("edit-team");
        team.setValue(p.teamName() == null ? "" : p.teamName());
        LeadField lead = LeadField.of(this, directory, "edit", p.leadLogin(), p.leadName());
        TextField members = new TextField(getTranslation("housing.project.members"));
        members.setId("edit-members");
        members.setValue(p.teamMembers() == null ? "" : p.teamMembers());
        Select<ProjectStatus> state = new Select<>();
        state.setLabel(getTranslation("housing.project.status"));
        state.setId("edit-status");
        state.setItems(ProjectStatus.values());
        state.setItemLabelGenerator(st -> getTranslation("housing.status." + st));
        state.setValue(p.status());
        DatePicker start = Dates.picker(new DatePicker(getTranslation("housing.project.start")), getLocale());
        start.setId("edit-start");
        start.setValue(p.startDate());
        if (p.hasPlan()) {
            start.setReadOnly(true);
            start.setHelperText(getTranslation("housing.project.start-fixed"));
        } else {
            Dates.bound(start, projects.startBounds(), getLocale());
        }
        List<Component> fields = new java.util.ArrayList<>(List.of(name, investor, kind, level, amount, location, team));
        fields.addAll(lead.components());
        fields.addAll(List.of(members, state, start));
        Dialog dialog = Ui.dialog(this, "housing.project.edit-title", fields.toArray(Component[]::new));
        dialog.setId("project-edit-dialog");
        dialog.setWidth("48rem");
        java.util.Map<String, com.vaadin.flow.component.HasValidation> validated = java.util.Map.of("name", name,
                "investor", investor, "kind", kind, "level", level, "amount", amount, "location", location,
                "status", state, "startDate", start);
        dialog.getFooter().add(Ui.okAt(this, dialog, validated, () -> projects.update(p.id(), new ProjectService.NewProject(
                name.getValue(), investor.getValue() == null ? null : investor.getValue().uscc().toString(),
                kind.getValue(), level.getValue(), amount.getValue() == null ? null : amount.getValue().setScale(
                        Math.max(0, Math.min(2, amount.getValue().scale())), java.math.RoundingMode.HALF_UP),
                location.getValue(), team.getValue(), lead.login(), lead.name(), members.getValue(),
                start.getValue()), state.getValue()), changed -> show(changed.id())));
        dialog.open();
    }

    // ---- no plan yet

    private Component noPlan() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("project-no-plan");
        box.add(new H3(getTranslation("housing.plan.title")), new Paragraph(getTranslation("housing.plan.none")));
        if (manage()) {
            Select<Template> template = new Select<>();
            template.setId("plan-template");
            template.setLabel(getTranslation("housing.plan.template"));
            List<Template> all = projects.templates();
            template.setItems(all);
            template.setItemLabelGenerator(t -> t.name() + getTranslation("housing.punct.open") + t.items().size() + getTranslation("housing.punct.close"));
            all.stream().filter(t -> t.kind() == current.kind()).findFirst().ifPresent(template::setValue);
            Button create = new Button(getTranslation("housing.plan.create"), e -> {
                if (template.getValue() == null) {
                    Ui.error(getTranslation("housing.error.no-such-template"));
                    return;
                }
                if (Ui.run(this, () -> projects.createPlan(current.id(), template.getValue().id())) != null) {
                    show(current.id());
                }
            });
            create.setId("plan-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(template, create);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    // ---- the plan

    private Component plan(PlanView plan) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("project-plan");
        box.add(new H3(getTranslation("housing.plan.title")));
        int saved = plan.daysSaved();
        Paragraph summary = new Paragraph(getTranslation("housing.plan.summary",
                Dates.date(plan.project().baselineCompletion(), getLocale()),
                Dates.date(plan.forecast().completion(), getLocale()), plan.forecast().totalWorkingDays()));
        summary.setId("plan-summary");
        Span ahead = Ui.badge(saved >= 0 ? getTranslation("housing.plan.ahead", saved)
                : getTranslation("housing.plan.behind", -saved), saved >= 0 ? "success" : "error");
        ahead.setId("plan-days-saved");
        if (projects.provisional(plan.project(), plan.forecast().completion())
                || projects.provisional(plan.project(), plan.project().baselineCompletion())) {
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
        Div gantt = new Div();
        gantt.setId("project-gantt");
        gantt.setWidthFull();
        gantt.getElement().setProperty("innerHTML", GanttChart.svg(plan, this::getTranslation));
        box.add(gantt, stageTable(plan), itemGrid(plan));
        if (manage()) {
            Button add = new Button(getTranslation("housing.plan.add"), VaadinIcon.PLUS.create(), e -> addDialog(plan));
            add.setId("plan-add");
            Button rebaseline = new Button(getTranslation("housing.plan.rebaseline"), e -> rebaselineDialog());
            rebaseline.setId("plan-rebaseline");
            box.add(new HorizontalLayout(add, rebaseline));
        }
        return box;
    }

    private Component stageTable(PlanView plan) {
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
        grid.setItems(projects.stages(plan));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component itemGrid(PlanView plan) {
        Grid<PlanItemRecord> grid = new Grid<>();
        grid.setId("plan-items");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(PlanItemRecord::key).setHeader(getTranslation("housing.item.key")).setWidth("4rem").setFlexGrow(0);
        // the item's department and flags (critical, simulated, done, overdue, slack) under its name: columns of their
        // own left the name too narrow at 1280 px for "Simulated approval"
        grid.addComponentColumn(i -> {
            Span department = new Span(i.department());
            department.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(new Span(i.name()),
                    department);
            Component flags = flags(plan, i);
            if (flags.getElement().getChildCount() > 0) {
                cell.add(flags);
            }
            return cell;
        }).setHeader(getTranslation("housing.item.name") + " · " + getTranslation("housing.item.department"))
                .setFlexGrow(3);
        grid.addColumn(PlanItemRecord::durationDays).setHeader(getTranslation("housing.item.days")).setWidth("5.5rem")
                .setFlexGrow(0);
        // ", " so that a long list wraps (joined without spaces it was cut: "B02,B03,C04,D01,D…")
        grid.addColumn(i -> String.join(", ", new java.util.TreeSet<>(i.prerequisites())))
                .setHeader(getTranslation("housing.item.prerequisites")).setFlexGrow(1);
        // a date never breaks inside (2026年12月 / 3日); the "按周末估算" mark wraps under it in a column as wide as a
        // date (measured to its widest cell, the mark took the room of the item names)
        grid.addComponentColumn(i -> marked(plan, i.baselineFinish()))
                .setHeader(getTranslation("housing.item.baseline")).setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(i -> forecast(plan, i)).setHeader(getTranslation("housing.item.forecast"))
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(i -> i.actualStart() == null ? new Span()
                : Ui.dates(getLocale(), i.actualStart(), i.actualFinish()))
                .setHeader(getTranslation("housing.item.actual")).setWidth("8.5rem").setFlexGrow(0);
        if (manage()) {
            // as wide as its buttons in either language ("Record actual", "Tailor" were clipped at 11rem)
            grid.addComponentColumn(i -> actions(i)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(plan.items().stream().sorted((a, b) -> a.stage() != b.stage() ? a.stage().compareTo(b.stage())
                : plan.forecast().item(a.key()).start().compareTo(plan.forecast().item(b.key()).start())).toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A plan date, marked "按周末估算" when it was counted over a year without a holiday arrangement. */
    private Component marked(PlanView plan, java.time.LocalDate date) {
        Span text = Ui.dates(getLocale(), date);
        if (!projects.provisional(plan.project(), date)) {
            return text;
        }
        // the mark on a line of its own, wrapping: "estimated from weekends" is wider than the date column
        Span mark = Dates.provisionalMark(this);
        mark.getStyle().set("white-space", "normal").set("margin-inline-start", "0");
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(text, mark);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return cell;
    }

    private Component forecast(PlanView plan, PlanItemRecord i) {
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

    private Component flags(PlanView plan, PlanItemRecord i) {
        HorizontalLayout flags = new HorizontalLayout();
        flags.setSpacing(false);
        flags.getStyle().set("flex-wrap", "wrap").set("gap", "2px").set("white-space", "normal");
        ItemSchedule s = plan.forecast().item(i.key());
        if (s.critical() && !i.finished()) {
            flags.add(Ui.badge(getTranslation("housing.item.critical"), "error"));
        }
        if (!i.finished() && projects.provisional(plan.project(), s.finish())) {
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

    private Component actions(PlanItemRecord i) {
        Button edit = new Button(getTranslation("housing.item.edit"), e -> editDialog(i));
        edit.setId("item-edit-" + i.key());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button actual = new Button(getTranslation("housing.item.record"), e -> actualDialog(i));
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

    private void actualDialog(PlanItemRecord i) {
        DatePicker start = Dates.picker(new DatePicker(getTranslation("housing.item.actual-start")), getLocale());
        start.setId("dialog-actual-start");
        start.setValue(i.actualStart() == null ? projects.today() : i.actualStart());
        DatePicker finish = Dates.picker(new DatePicker(getTranslation("housing.item.actual-finish")), getLocale());
        finish.setId("dialog-actual-finish");
        Dates.bound(start, projects.actualBounds(current), getLocale());
        Dates.bound(finish, projects.actualBounds(current), getLocale());
        Dialog dialog = Ui.dialog(this, "housing.item.record", new Paragraph(i.key() + " " + i.name()), start, finish);
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("actualStart", start, "actualFinish", finish,
                "actual", finish), () -> {
            PlanView v = null;
            if (start.getValue() != null && !start.getValue().equals(i.actualStart())) {
                v = projects.recordStart(current.id(), i.key(), start.getValue());
            }
            if (finish.getValue() != null) {
                v = projects.recordFinish(current.id(), i.key(), finish.getValue());
            }
            if (v == null) {
                throw new cn.gov.laoshan.district.housing.service.HousingException("actual",
                        "housing.error.actual-date");
            }
            return v;
        }, v -> show(current.id())));
        dialog.open();
    }

    private void editDialog(PlanItemRecord i) {
        IntegerField days = new IntegerField(getTranslation("housing.item.days"));
        days.setId("dialog-days");
        days.setValue(i.durationDays());
        Fields.range(days, 0, 720, this);
        MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>(getTranslation("housing.item.prerequisites"));
        prerequisites.setId("dialog-prerequisites");
        List<PlanItemRecord> all = projects.plan(current.id()).orElseThrow().items();
        prerequisites.setItems(all.stream().map(PlanItemRecord::key).filter(k -> !k.equals(i.key())).toList());
        prerequisites.setItemLabelGenerator(k -> k + " " + all.stream().filter(x -> x.key().equals(k)).findFirst()
                .map(PlanItemRecord::name).orElse(""));
        prerequisites.setValue(i.prerequisites());
        Checkbox simulated = new Checkbox(getTranslation("housing.item.simulate"));
        simulated.setId("dialog-simulated");
        simulated.setValue(i.simulated());
        simulated.setEnabled(i.simulatedAllowed());
        Checkbox drop = new Checkbox(getTranslation("housing.item.drop"));
        drop.setId("dialog-drop");
        Dialog dialog = Ui.dialog(this, "housing.item.edit", new Paragraph(i.key() + " " + i.name()), days,
                prerequisites, simulated, drop);
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("duration", days, "prerequisites",
                prerequisites), () -> {
            if (drop.getValue()) {
                return projects.removeItem(current.id(), i.key());
            }
            PlanView v = null;
            if (days.getValue() == null) {
                throw new cn.gov.laoshan.district.housing.service.HousingException("duration", "housing.error.duration");
            }
            if (days.getValue() != i.durationDays()) {
                v = projects.changeDuration(current.id(), i.key(), days.getValue());
            }
            if (!new LinkedHashSet<>(prerequisites.getValue()).equals(i.prerequisites())) {
                v = projects.relink(current.id(), i.key(), Set.copyOf(prerequisites.getValue()));
            }
            if (simulated.getValue() != i.simulated()) {
                v = projects.simulate(current.id(), i.key(), simulated.getValue());
            }
            return v == null ? projects.plan(current.id()).orElseThrow() : v;
        }, v -> show(current.id())));
        dialog.open();
    }

    private void addDialog(PlanView plan) {
        TextField key = new TextField(getTranslation("housing.item.key"));
        key.setId("dialog-key");
        Select<Stage> stage = new Select<>();
        stage.setId("dialog-stage");
        stage.setLabel(getTranslation("housing.item.stage"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(s -> getTranslation("housing.stage." + s));
        TextField name = new TextField(getTranslation("housing.item.name"));
        name.setId("dialog-name");
        TextField department = new TextField(getTranslation("housing.item.department"));
        department.setId("dialog-department");
        TextField materials = new TextField(getTranslation("housing.item.materials"));
        IntegerField days = new IntegerField(getTranslation("housing.item.days"));
        days.setId("dialog-days");
        days.setValue(5);
        Fields.range(days, 0, 720, this);
        MultiSelectComboBox<String> prerequisites = new MultiSelectComboBox<>(getTranslation("housing.item.prerequisites"));
        prerequisites.setId("dialog-prerequisites");
        prerequisites.setItems(plan.items().stream().map(PlanItemRecord::key).toList());
        Checkbox simulated = new Checkbox(getTranslation("housing.item.simulate"));
        Dialog dialog = Ui.dialog(this, "housing.plan.add", key, stage, name, department, materials, days,
                prerequisites, simulated);
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("key", key, "stage", stage, "name", name,
                "duration", days), () -> projects.addItem(current.id(), new ProjectService.NewItem(
                key.getValue(), stage.getValue(), name.getValue(), department.getValue(), materials.getValue(),
                days.getValue() == null ? -1 : days.getValue(), Set.copyOf(prerequisites.getValue()),
                simulated.getValue())), v -> show(current.id())));
        dialog.open();
    }

    private void rebaselineDialog() {
        TextArea reason = new TextArea(getTranslation("housing.reason"));
        reason.setId("dialog-reason");
        Dialog dialog = Ui.dialog(this, "housing.plan.rebaseline",
                new Paragraph(getTranslation("housing.plan.rebaseline-hint")), reason);
        dialog.getFooter().add(Ui.ok(this, dialog, () -> projects.rebaseline(current.id(), reason.getValue()),
                v -> show(current.id())));
        dialog.open();
    }

    // ---- issues

    private Component issues(Project p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("project-issues");
        box.add(new H3(getTranslation("housing.screen.issues")));
        List<BlockingIssue> list = issues.ofProject(p.id());
        Grid<BlockingIssue> grid = IssuesView.grid(this, issues.today());
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        if (manage()) {
            grid.addComponentColumn(i -> {
                HorizontalLayout buttons = new HorizontalLayout();
                if (i.status().open()) {
                    Button progress = new Button(getTranslation("housing.issue.progress"), e -> progressDialog(i));
                    progress.setId("issue-progress-" + i.id());
                    progress.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    Button resolve = new Button(getTranslation("housing.issue.resolve"), e -> resolveDialog(i));
                    resolve.setId("issue-resolve-" + i.id());
                    resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(progress, resolve);
                }
                return buttons;
            }).setAutoWidth(true);
            Button raise = new Button(getTranslation("housing.issue.raise"), VaadinIcon.PLUS.create(), e -> raiseDialog());
            raise.setId("issue-raise");
            box.add(raise);
        }
        box.add(grid);
        return box;
    }

    private void raiseDialog() {
        TextField title = new TextField(getTranslation("housing.issue.title"));
        title.setId("dialog-issue-title");
        TextArea description = new TextArea(getTranslation("housing.issue.description"));
        description.setId("dialog-issue-description");
        Select<IssueSeverity> severity = new Select<>();
        severity.setId("dialog-issue-severity");
        severity.setLabel(getTranslation("housing.issue.severity"));
        severity.setItems(IssueSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation("housing.severity." + s));
        severity.setValue(IssueSeverity.HIGH);
        TextField owner = new TextField(getTranslation("housing.issue.owner"));
        owner.setId("dialog-issue-owner");
        DatePicker due = Dates.picker(new DatePicker(getTranslation("housing.issue.due")), getLocale());
        due.setId("dialog-issue-due");
        due.setValue(issues.defaultDue());
        Dates.bound(due, issues.dueBounds(), getLocale());
        Dialog dialog = Ui.dialog(this, "housing.issue.raise", title, description, severity, owner, due);
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("title", title, "severity", severity,
                "owner", owner, "dueDate", due), () -> issues.raise(new IssueService.NewIssue(current.id(),
                title.getValue(), description.getValue(), severity.getValue(), owner.getValue(), due.getValue())),
                i -> show(current.id())));
        dialog.open();
    }

    private void progressDialog(BlockingIssue i) {
        TextArea next = new TextArea(getTranslation("housing.issue.next-step"));
        next.setId("dialog-next-step");
        TextField owner = new TextField(getTranslation("housing.issue.owner"));
        owner.setValue(i.ownerDepartment());
        DatePicker due = Dates.picker(new DatePicker(getTranslation("housing.issue.due")), getLocale());
        due.setValue(i.dueDate());
        due.setId("dialog-progress-due");
        Dates.bound(due, issues.dueBounds(), getLocale());
        Dialog dialog = Ui.dialog(this, "housing.issue.progress", new Paragraph(i.title()), next, owner, due);
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("nextStep", next, "dueDate", due),
                () -> issues.progress(i.id(), next.getValue(), owner.getValue(),
                due.getValue()), x -> show(current.id())));
        dialog.open();
    }

    private void resolveDialog(BlockingIssue i) {
        TextArea resolution = new TextArea(getTranslation("housing.issue.resolution"));
        resolution.setId("dialog-resolution");
        Dialog dialog = Ui.dialog(this, "housing.issue.resolve", new Paragraph(i.title()), resolution);
        dialog.getFooter().add(Ui.ok(this, dialog, () -> issues.resolve(i.id(), resolution.getValue()),
                x -> show(current.id())));
        dialog.open();
    }

    // ---- timeline

    private Component timeline(Project p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("project-timeline");
        box.add(new H3(getTranslation("housing.project.timeline")));
        List<TimelineEntry> entries = projects.timeline(p);
        for (int n = entries.size() - 1; n >= 0 && n >= entries.size() - 30; n--) {
            TimelineEntry e = entries.get(n);
            String at = Dates.dateTime(e.at(), getLocale());
            box.add(new Paragraph(at + " · " + e.actorName() + " · " + getTranslation("housing.action." + e.action())
                    + (e.note() == null ? "" : getTranslation("housing.punct.open") + e.note()
                            + getTranslation("housing.punct.close"))));
        }
        return box;
    }
}
