package cn.gov.laoshan.district.servicehall.experience.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceFigures;
import cn.gov.laoshan.district.servicehall.experience.domain.ExperienceMode;
import cn.gov.laoshan.district.servicehall.experience.domain.Finding;
import cn.gov.laoshan.district.servicehall.experience.domain.FindingState;
import cn.gov.laoshan.district.servicehall.experience.domain.Officer;
import cn.gov.laoshan.district.servicehall.experience.domain.OfficerState;
import cn.gov.laoshan.district.servicehall.experience.domain.TaskSubject;
import cn.gov.laoshan.district.servicehall.experience.service.ExperienceService;
import cn.gov.laoshan.district.servicehall.experience.service.FindingAttachments;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;
import cn.gov.laoshan.district.uikit.BarChart;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.ExcelExport;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/**
 * 政务体验官 for the centre: the year's figures, the officers (approve an application), a task assigned to a serving
 * officer, and the findings ledger (问题台账) with each finding's chain — verify, 建账定责 with a unit, recheck,
 * report back — its evidence and the ledger as Excel.
 */
public class ExperienceLedgerView extends VerticalLayout {

    static final Steps STEPS = Steps.standard("experience-error");
    /**
     * The district's bureaus a finding may be assigned to. The platform's api offers plugins no list of departments
     * (only the staff directory), so the centre's usual responsible units are named here.
     */
    static final List<String> UNITS = List.of("approval", "market", "housing", "finance", "development", "hrss", "tax",
            "justice");

    private final ExperienceService experience;
    private final Supplier<Optional<Attachments>> attachments;
    private final FindingAttachments files;
    private final Grid<Officer> officers = new Grid<>();
    private final Grid<Finding> ledger = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final VerticalLayout figures = new VerticalLayout();

    public ExperienceLedgerView(ExperienceService experience, Supplier<Optional<Attachments>> attachments,
            FindingAttachments files) {
        this.experience = experience;
        this.attachments = attachments;
        this.files = files;
        setId("experience-ledger");
        LocalDate today = experience.today();

        officers.setId("experience-officers");
        officers.addColumn(Officer::displayName).setHeader(getTranslation("servicehall.experience.officer.name"));
        officers.addColumn(o -> getTranslation("servicehall.experience.category." + o.category()))
                .setHeader(getTranslation("servicehall.experience.officer.category"));
        officers.addColumn(o -> getTranslation("servicehall.experience.officer-state." + o.state()))
                .setHeader(getTranslation("servicehall.experience.officer.state"));
        officers.addColumn(o -> o.termEnd() == null ? "" : Dates.date(o.termStart(), getLocale()) + " – "
                + Dates.date(o.termEnd(), getLocale())).setHeader(getTranslation("servicehall.experience.officer.term")).setAutoWidth(true);
        officers.addComponentColumn(o -> {
            Button approve = new Button(getTranslation("servicehall.experience.officer.approve"), e -> {
                if (STEPS.call(this, () -> experience.approve(o.login(), null)) != null) {
                    refresh();
                }
            });
            approve.setId("experience-approve-" + o.login());
            approve.setVisible(o.state() == OfficerState.APPLIED);
            return approve;
        });
        officers.setAllRowsVisible(true);

        // a task for a serving officer
        Select<Officer> officer = new Select<>();
        officer.setLabel(getTranslation("servicehall.experience.officer.name"));
        officer.setId("experience-assign-officer");
        officer.setItemLabelGenerator(Officer::displayName);
        Select<TaskSubject> kind = new Select<>();
        kind.setLabel(getTranslation("servicehall.experience.task.subject-kind"));
        kind.setItems(TaskSubject.values());
        kind.setItemLabelGenerator(k -> getTranslation("servicehall.experience.subject." + k));
        kind.setId("experience-assign-kind");
        TextField subject = new TextField(getTranslation("servicehall.experience.task.subject"));
        subject.setId("experience-assign-subject");
        Select<ExperienceMode> mode = new Select<>();
        mode.setLabel(getTranslation("servicehall.experience.task.mode"));
        mode.setItems(ExperienceMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("servicehall.experience.mode." + m));
        mode.setId("experience-assign-mode");
        Select<String> template = new Select<>();
        template.setLabel(getTranslation("servicehall.experience.task.template"));
        template.setItems("SERVICE", "POLICY", "HALL");
        template.setItemLabelGenerator(t -> getTranslation("servicehall.experience.template." + t));
        template.setId("experience-assign-template");
        kind.addValueChangeListener(e -> template.setValue(e.getValue() == null ? null
                : e.getValue() == TaskSubject.ITEM ? "SERVICE" : e.getValue().name()));
        DatePicker due = Dates.picker(new DatePicker(getTranslation("servicehall.experience.task.due")), getLocale());
        due.setValue(today.plusDays(14));
        due.setId("experience-assign-due");
        Button assign = new Button(getTranslation("servicehall.experience.assign"), e -> {
            if (STEPS.call(this, Map.of("officer", officer, "subjectKind", kind, "subject", subject, "mode", mode,
                    "template", template, "dueOn", due), () -> experience.assign(officer.getValue() == null ? null
                            : officer.getValue().login(), kind.getValue(), subject.getValue(), mode.getValue(),
                            template.getValue(), due.getValue())) != null) {
                subject.clear();
            }
        });
        assign.setId("experience-assign");
        HorizontalLayout assignRow = new HorizontalLayout(officer, kind, subject, mode, template, due, assign);
        assignRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        assignRow.setWrap(true);

        ledger.setId("experience-findings");
        ledger.addColumn(Finding::officerName).setHeader(getTranslation("servicehall.experience.officer.name"));
        ledger.addColumn(Finding::subject).setHeader(getTranslation("servicehall.experience.task.subject"));
        ledger.addColumn(Finding::description).setHeader(getTranslation("servicehall.experience.finding.description"))
                .setFlexGrow(2);
        ledger.addColumn(f -> getTranslation("servicehall.experience.state." + f.state())
                + (f.overdue(today) ? getTranslation("servicehall.experience.overdue") : ""))
                .setHeader(getTranslation("servicehall.experience.finding.state"));
        ledger.addColumn(f -> f.unitCode() == null ? "" : getTranslation("servicehall.experience.unit." + f.unitCode()))
                .setHeader(getTranslation("servicehall.experience.finding.unit"));
        ledger.addColumn(f -> f.fixDue() == null ? "" : Dates.date(f.fixDue(), getLocale()))
                .setHeader(getTranslation("servicehall.experience.finding.fix-due"));
        ledger.setAllRowsVisible(true);
        ledger.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));

        Anchor export = new Anchor(ExcelExport.download(getTranslation("servicehall.experience.ledger-file"),
                experience::exportLedger), "");
        export.add(new Button(getTranslation("servicehall.export"), VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        export.setId("experience-ledger-export");

        add(figures, new H3(getTranslation("servicehall.experience.officers")), officers,
                new H3(getTranslation("servicehall.experience.assign-title")), assignRow,
                new H3(getTranslation("servicehall.experience.ledger")), export, ledger, detail);
        officer.addAttachListener(e -> officer.setItems(experience.officers().stream()
                .filter(o -> o.serving(experience.today())).toList()));
        refresh();
    }

    private void refresh() {
        officers.setItems(experience.officers());
        ledger.setItems(experience.findings());
        figures.removeAll();
        int year = experience.today().getYear();
        ExperienceFigures now = experience.figures(year);
        ExperienceFigures before = experience.figures(year - 1);
        BarChart chart = BarChart.of(getTranslation("servicehall.experience.figures", String.valueOf(year)), getLocale())
                .categories(List.of(getTranslation("servicehall.experience.figure.items"),
                        getTranslation("servicehall.experience.figure.findings"),
                        getTranslation("servicehall.experience.figure.fixed")))
                .series(String.valueOf(year - 1), List.of(before.itemsTested(), before.findings(), before.fixed()))
                .series(String.valueOf(year), List.of(now.itemsTested(), now.findings(), now.fixed()))
                .axisTitle(getTranslation("servicehall.experience.figure.unit"));
        Html svg = new Html("<div>" + chart.svg() + "</div>");
        svg.setId("experience-figures");
        figures.add(svg);
    }

    private void show(Finding f) {
        detail.removeAll();
        detail.add(new H3(f.subject() + " · " + getTranslation("servicehall.experience.state." + f.state())));
        if (f.suggestion() != null) {
            detail.add(new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("servicehall.experience.finding.suggestion") + "：" + f.suggestion()));
        }
        detail.add(new WorkflowActions<Finding>("servicehall.experience", STEPS,
                (action, note) -> experience.fire(f.id(), action, note), moved -> {
                    refresh();
                    show(moved);
                }).show(f.state(), experience.actions(f).stream().filter(t -> !t.action().equals("assign")).toList()));
        if (f.state() == FindingState.VERIFIED && experience.actions(f).stream().anyMatch(t -> t.action().equals("assign"))) {
            Select<String> unit = new Select<>();
            unit.setLabel(getTranslation("servicehall.experience.finding.unit"));
            unit.setItems(UNITS);
            unit.setItemLabelGenerator(u -> getTranslation("servicehall.experience.unit." + u));
            unit.setId("experience-unit");
            TextField note = new TextField(getTranslation("servicehall.experience.assign-note"));
            note.setId("experience-assign-note");
            Button assign = new Button(getTranslation("servicehall.experience.action.assign"), e -> {
                Finding moved = STEPS.call(this, Map.of("unit", unit), () -> experience.assign(f.id(), unit.getValue(),
                        note.getValue()));
                if (moved != null) {
                    refresh();
                    show(moved);
                }
            });
            assign.setId("experience-assign-unit");
            HorizontalLayout row = new HorizontalLayout(unit, note, assign);
            row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
            detail.add(row);
        }
        attachments.get().ifPresent(a -> detail.add(new AttachmentsPanel(a, files, FindingAttachments.of(f.id()), () -> { })));
    }
}
