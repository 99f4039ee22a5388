package cn.gov.laoshan.district.housing.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.housing.domain.Project;
import cn.gov.laoshan.district.housing.service.HousingAttachments;
import cn.gov.laoshan.district.housing.service.HousingPermissions;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.PlanView;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.RouteRecord;
import cn.gov.laoshan.district.uikit.TimelinePanel;

/**
 * One project: its particulars and service team ({@link ProjectParticulars}, edited in {@link ProjectDetailsDialog});
 * its plan ({@link PlanPanel}); its blocking issues ({@link ProjectIssuesPanel}); its timeline
 * ({@link TimelinePanel}, the last 30 entries).
 * <p>
 * A change to the plan or to an issue draws again only what it changed (the plan in place, the status, the issues,
 * the timeline): rebuilding the whole page, Gantt chart and item grid included, took the browser most of a second
 * per change (docs/performance.md, "First views").
 */
public class ProjectView extends VerticalLayout implements BeforeEnterObserver {

    private final ProjectService projects;
    private final PlanService plans;
    private final IssueService issues;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final UserDirectory directory;
    private final HousingAttachments files;
    private Project current;
    private HorizontalLayout head;
    private Span status;
    private PlanPanel plan;
    private TimelinePanel timeline;

    /**
     * @param directory the platform's staff to pick the task-force lead from, or {@code null} when it is not running
     *                  (the lead's name and login are then typed)
     */
    public ProjectView(ProjectService projects, PlanService plans, IssueService issues, AccessControl access,
            EnterpriseRegistry registry, UserDirectory directory, HousingAttachments files) {
        this.projects = projects;
        this.plans = plans;
        this.issues = issues;
        this.access = access;
        this.registry = registry;
        this.directory = directory;
        this.files = files;
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
        boolean manage = access.has(HousingPermissions.MANAGE);
        H2 title = new H2(current.name());
        title.setId("project-title");
        status = status(current);
        head = new HorizontalLayout(title, status);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (manage) {
            Button edit = new Button(getTranslation("housing.project.edit"), VaadinIcon.EDIT.create(),
                    e -> ProjectDetailsDialog.open(this, projects, registry, access, directory, current,
                            changed -> show(changed.id())));
            edit.setId("project-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            head.add(edit);
        }
        plan = new PlanPanel(plans, manage, this::planChanged);
        plan.show(current, plans.plan(id));
        Project shown = current;
        timeline = new TimelinePanel("project-timeline", () -> projects.timeline(shown)).limit(30)
                .title(getTranslation("housing.project.timeline"))
                .actions(action -> getTranslation("housing.action." + action));
        add(BackLink.to("housing/projects", getTranslation("housing.back.projects")), head,
                new ProjectParticulars(current), plan, new ProjectIssuesPanel(issues, files, manage, current, timeline::refresh),
                timeline);
    }

    private Span status(Project p) {
        Span badge = Ui.badge(getTranslation("housing.status." + p.status()), "");
        badge.setId("project-status");
        return badge;
    }

    /** A plan made or changed: its status (a plan made, the last item finished), the plan and the timeline anew. */
    private void planChanged(PlanView changed) {
        current = projects.find(current.id()).orElseThrow();
        Span fresh = status(current);
        head.replace(status, fresh);
        status = fresh;
        plan.show(current, Optional.of(changed));
        timeline.refresh();
    }
}
