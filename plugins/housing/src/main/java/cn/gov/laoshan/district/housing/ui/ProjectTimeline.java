package cn.gov.laoshan.district.housing.ui;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.workflow.TimelineEntry;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.ProjectService;

/** A project's timeline, newest first, the last 30 entries. */
final class ProjectTimeline extends VerticalLayout {

    private final ProjectService projects;
    private Project project;

    ProjectTimeline(ProjectService projects) {
        this.projects = projects;
        setPadding(false);
        setId("project-timeline");
    }

    void show(Project p) {
        project = p;
        removeAll();
        add(new H3(getTranslation("housing.project.timeline")));
        List<TimelineEntry> entries = projects.timeline(p);
        for (int n = entries.size() - 1; n >= 0 && n >= entries.size() - 30; n--) {
            TimelineEntry e = entries.get(n);
            String at = cn.gov.laoshan.district.uikit.Dates.dateTime(e.at(), getLocale());
            add(new Paragraph(at + " · " + e.actorName() + " · " + getTranslation("housing.action." + e.action())
                    + (e.note() == null ? "" : getTranslation("housing.punct.open") + e.note()
                            + getTranslation("housing.punct.close"))));
        }
    }

    /** Drawn again for the same project (an entry was added). */
    void refresh() {
        show(project);
    }
}
