package cn.gov.laoshan.district.housing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.Meeting;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.HousingPermissions;
import cn.gov.laoshan.district.housing.service.IssueFilter;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.Dates;

/**
 * Dispatch meetings (调度会), newest first; holding one records its agenda, decisions and action items, which flow
 * back into the issues.
 */
public class MeetingsView extends VerticalLayout {

    private final MeetingService meetings;
    private final ProjectService projects;
    private final IssueService issues;
    private final Grid<Meeting> grid = new Grid<>();

    public MeetingsView(MeetingService meetings, ProjectService projects, IssueService issues, AccessControl access) {
        this.meetings = meetings;
        this.projects = projects;
        this.issues = issues;
        setId("housing-meetings");
        setSizeFull();
        if (access.has(HousingPermissions.MEETINGS)) {
            Button hold = new Button(getTranslation("housing.meeting.hold"), VaadinIcon.PLUS.create(), e -> holdDialog());
            hold.setId("meeting-hold");
            hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(hold);
        }
        grid.addColumn(m -> Dates.date(m.heldOn(), getLocale())).setHeader(getTranslation("housing.meeting.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Meeting::title).setHeader(getTranslation("housing.meeting.title")).setFlexGrow(2);
        grid.addColumn(Meeting::host).setHeader(getTranslation("housing.meeting.host"));
        grid.addColumn(m -> m.projectIds().size()).setHeader(getTranslation("housing.meeting.projects"));
        grid.addColumn(m -> m.actions().size()).setHeader(getTranslation("housing.meeting.actions"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("housing/meetings/" + e.getItem().id()));
        grid.setItems(query -> meetings.list(query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        add(grid);
    }

    /** One action item row of the dialog. */
    private final class ActionRow extends HorizontalLayout {
        final ComboBox<BlockingIssue> issue = new ComboBox<>(getTranslation("housing.action-item.issue"));
        final ComboBox<Project> project = new ComboBox<>(getTranslation("housing.action-item.project"));
        final TextField description = new TextField(getTranslation("housing.action-item.description"));
        final TextField owner = new TextField(getTranslation("housing.action-item.owner"));
        final DatePicker deadline = Dates.picker(new DatePicker(getTranslation("housing.action-item.deadline")),
                getLocale());
        final Checkbox resolves = new Checkbox(getTranslation("housing.action-item.resolves"));

        ActionRow(int n, List<BlockingIssue> open, List<Project> agenda) {
            Dates.bound(deadline, issues.dueBounds(), getLocale());
            issue.setId("action-issue-" + n);
            issue.setItems(open);
            issue.setItemLabelGenerator(i -> i.projectName() + getTranslation("housing.punct.colon") + i.title());
            issue.setClearButtonVisible(true);
            // project and issue names are long: a field that shows them, and a list wider still
            issue.setWidth("22rem");
            issue.getStyle().set("--vaadin-combo-box-overlay-width", "36rem");
            project.setId("action-project-" + n);
            project.setItems(agenda);
            project.setItemLabelGenerator(Project::name);
            description.setId("action-description-" + n);
            description.setWidth("18rem");
            owner.setId("action-owner-" + n);
            deadline.setId("action-deadline-" + n);
            deadline.setValue(issues.defaultDue());
            resolves.setId("action-resolves-" + n);
            issue.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    owner.setValue(e.getValue().ownerDepartment());
                }
            });
            add(issue, project, description, owner, deadline, resolves);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        boolean blank() {
            return issue.getValue() == null && description.isEmpty();
        }

        Meeting.ActionItem item() {
            return new Meeting.ActionItem(0, issue.getValue() == null ? null : issue.getValue().id(),
                    issue.getValue() != null ? Long.valueOf(issue.getValue().projectId())
                            : project.getValue() == null ? null : project.getValue().id(),
                    description.getValue(), owner.getValue(), deadline.getValue(), resolves.getValue());
        }
    }

    private void holdDialog() {
        DatePicker date = Dates.picker(new DatePicker(getTranslation("housing.meeting.date")), getLocale());
        date.setId("meeting-date");
        date.setValue(projects.today());
        Dates.bound(date, meetings.meetingBounds(), getLocale());
        TextField title = new TextField(getTranslation("housing.meeting.title"));
        title.setId("meeting-title");
        title.setValue("重点项目推进调度会");
        TextField place = new TextField(getTranslation("housing.meeting.place"));
        place.setId("meeting-place");
        TextField host = new TextField(getTranslation("housing.meeting.host"));
        host.setId("meeting-host");
        TextArea attendees = new TextArea(getTranslation("housing.meeting.attendees"));
        attendees.setId("meeting-attendees");
        MultiSelectComboBox<Project> agenda = new MultiSelectComboBox<>(getTranslation("housing.meeting.projects"));
        agenda.setId("meeting-projects");
        List<Project> open = projects.openProjects();
        agenda.setItems(open);
        agenda.setItemLabelGenerator(Project::name);
        TextArea decisions = new TextArea(getTranslation("housing.meeting.decisions"));
        decisions.setId("meeting-decisions");
        List<BlockingIssue> openIssues = issues.list(IssueFilter.open(issues.today()), "due", true, 0, 500);
        VerticalLayout actionBox = new VerticalLayout();
        actionBox.setPadding(false);
        List<ActionRow> rows = new ArrayList<>();
        Button more = new Button(getTranslation("housing.action-item.add"), VaadinIcon.PLUS.create());
        more.setId("action-add");
        more.addClickListener(e -> {
            ActionRow row = new ActionRow(rows.size(), openIssues, open);
            rows.add(row);
            actionBox.add(row);
        });
        ActionRow first = new ActionRow(0, openIssues, open);
        rows.add(first);
        actionBox.add(first);
        Dialog dialog = new Dialog(getTranslation("housing.meeting.hold"));
        dialog.setWidth("70rem");
        FormLayout form = new FormLayout(date, title, place, host, attendees, agenda, decisions);
        form.setColspan(attendees, 2);
        form.setColspan(agenda, 2);
        form.setColspan(decisions, 2);
        dialog.add(form, new H4(getTranslation("housing.meeting.actions")), actionBox, more);
        dialog.getFooter().add(new Button(getTranslation("housing.cancel"), e -> dialog.close()));
        dialog.getFooter().add(Ui.okAt(this, dialog, java.util.Map.of("heldOn", date), () -> meetings.hold(new Meeting(0, date.getValue(), title.getValue(),
                place.getValue(), host.getValue(), attendees.getValue(), decisions.getValue(),
                agenda.getValue().stream().map(Project::id).collect(Collectors.toList()), List.of(),
                rows.stream().filter(r -> !r.blank()).map(ActionRow::item).toList(), null)),
                m -> UI.getCurrent().navigate("housing/meetings/" + m.id())));
        dialog.open();
    }
}
