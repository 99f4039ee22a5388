package cn.gov.laoshan.district.housing.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.IssueSeverity;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.uikit.Dates;

/** The three dialogs of a blocking issue's life on a project page: raise it, record progress, resolve it. */
final class IssueDialogs {

    private IssueDialogs() {
    }

    static void raise(Component owner, IssueService issues, Project project, Consumer<BlockingIssue> changed) {
        TextField title = new TextField(owner.getTranslation("housing.issue.title"));
        title.setId("dialog-issue-title");
        TextArea description = new TextArea(owner.getTranslation("housing.issue.description"));
        description.setId("dialog-issue-description");
        Select<IssueSeverity> severity = new Select<>();
        severity.setId("dialog-issue-severity");
        severity.setLabel(owner.getTranslation("housing.issue.severity"));
        severity.setItems(IssueSeverity.values());
        severity.setItemLabelGenerator(s -> owner.getTranslation("housing.severity." + s));
        severity.setValue(IssueSeverity.HIGH);
        TextField department = new TextField(owner.getTranslation("housing.issue.owner"));
        department.setId("dialog-issue-owner");
        DatePicker due = Dates.picker(new DatePicker(owner.getTranslation("housing.issue.due")), Ui.locale(owner));
        due.setId("dialog-issue-due");
        due.setValue(issues.defaultDue());
        Dates.bound(due, issues.dueBounds(), Ui.locale(owner));
        Dialog dialog = Ui.dialog(owner, "housing.issue.raise", title, description, severity, department, due);
        dialog.getFooter().add(Ui.okAt(owner, dialog, Map.of("title", title, "severity", severity,
                "owner", department, "dueDate", due), () -> issues.raise(new IssueService.NewIssue(project.id(),
                        title.getValue(), description.getValue(), severity.getValue(), department.getValue(),
                        due.getValue())), changed));
        dialog.open();
    }

    static void progress(Component owner, IssueService issues, BlockingIssue i, Consumer<BlockingIssue> changed) {
        TextArea next = new TextArea(owner.getTranslation("housing.issue.next-step"));
        next.setId("dialog-next-step");
        TextField department = new TextField(owner.getTranslation("housing.issue.owner"));
        department.setValue(i.ownerDepartment());
        DatePicker due = Dates.picker(new DatePicker(owner.getTranslation("housing.issue.due")), Ui.locale(owner));
        due.setValue(i.dueDate());
        due.setId("dialog-progress-due");
        Dates.bound(due, issues.dueBounds(), Ui.locale(owner));
        Dialog dialog = Ui.dialog(owner, "housing.issue.progress", new Paragraph(i.title()), next, department, due);
        dialog.getFooter().add(Ui.okAt(owner, dialog, Map.of("nextStep", next, "dueDate", due),
                () -> issues.progress(i.id(), next.getValue(), department.getValue(), due.getValue()), changed));
        dialog.open();
    }

    static void resolve(Component owner, IssueService issues, BlockingIssue i, Consumer<BlockingIssue> changed) {
        TextArea resolution = new TextArea(owner.getTranslation("housing.issue.resolution"));
        resolution.setId("dialog-resolution");
        Dialog dialog = Ui.dialog(owner, "housing.issue.resolve", new Paragraph(i.title()), resolution);
        dialog.getFooter().add(Ui.ok(owner, dialog, () -> issues.resolve(i.id(), resolution.getValue()), changed));
        dialog.open();
    }
}
