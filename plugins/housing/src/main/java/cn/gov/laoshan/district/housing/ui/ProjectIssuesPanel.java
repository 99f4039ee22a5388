package cn.gov.laoshan.district.housing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.housing.domain.BlockingIssue;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.HousingAttachments;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.uikit.AttachmentsPanel;

/**
 * A project's blocking issues, and for managers the buttons to raise one and to record progress on or resolve an
 * open one, and each issue's files (a dialog with the platform's attachments). After a change the panel's grid is filled again and the project's timeline told.
 */
final class ProjectIssuesPanel extends VerticalLayout {

    private final IssueService issues;
    private final Project project;
    private final Runnable changed;
    private final Grid<BlockingIssue> grid;

    /** @param changed told after every change made here (the project's timeline has a new entry) */
    ProjectIssuesPanel(IssueService issues, HousingAttachments files, boolean manage, Project project,
            Runnable changed) {
        this.issues = issues;
        this.project = project;
        this.changed = changed;
        setPadding(false);
        setId("project-issues");
        add(new H3(getTranslation("housing.screen.issues")));
        grid = IssuesView.grid(this, issues.today());
        grid.setAllRowsVisible(true);
        // an issue's files (letters, photos, replies): everyone who sees the issue may read them
        grid.addComponentColumn(i -> {
            Button open = new Button(getTranslation("housing.issue.files"), VaadinIcon.PAPERCLIP.create(),
                    e -> files(files, i));
            open.setId("issue-files-" + i.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true);
        if (manage) {
            grid.addComponentColumn(i -> {
                HorizontalLayout buttons = new HorizontalLayout();
                if (i.status().open()) {
                    Button progress = new Button(getTranslation("housing.issue.progress"),
                            e -> IssueDialogs.progress(this, issues, i, x -> refresh()));
                    progress.setId("issue-progress-" + i.id());
                    progress.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    Button resolve = new Button(getTranslation("housing.issue.resolve"),
                            e -> IssueDialogs.resolve(this, issues, i, x -> refresh()));
                    resolve.setId("issue-resolve-" + i.id());
                    resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    buttons.add(progress, resolve);
                }
                return buttons;
            }).setAutoWidth(true);
            Button raise = new Button(getTranslation("housing.issue.raise"), VaadinIcon.PLUS.create(),
                    e -> IssueDialogs.raise(this, issues, project, x -> refresh()));
            raise.setId("issue-raise");
            add(raise);
        }
        add(grid);
        grid.setItems(issues.ofProject(project.id()));
    }

    private void files(HousingAttachments files, BlockingIssue issue) {
        Dialog dialog = new Dialog();
        dialog.setId("issue-files-dialog");
        dialog.setHeaderTitle(issue.title());
        dialog.setWidth("min(56rem, 95vw)");
        Runnable show = new Runnable() {
            @Override
            public void run() {
                dialog.removeAll();
                dialog.add(new AttachmentsPanel(files.attachments(), files, HousingAttachments.issue(issue.id()), this));
            }
        };
        show.run();
        Button close = new Button(getTranslation("housing.close"), e -> dialog.close());
        close.setId("issue-files-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(issues.ofProject(project.id()));
        changed.run();
    }
}
