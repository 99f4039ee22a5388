package cn.gov.laoshan.district.housing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.identity.UserDirectory;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.housing.service.InvestorProjects;
import cn.gov.laoshan.district.housing.ui.InvestedProjectsSection;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.housing.service.DemoProjects;
import cn.gov.laoshan.district.housing.service.HousingAttachments;
import cn.gov.laoshan.district.housing.service.HousingPermissions;
import cn.gov.laoshan.district.housing.service.HousingRepository;
import cn.gov.laoshan.district.housing.service.ProjectFilter;
import cn.gov.laoshan.district.housing.service.HousingRoles;
import cn.gov.laoshan.district.housing.service.HousingProjectDirectory;
import cn.gov.laoshan.district.api.project.ProjectDirectory;
import cn.gov.laoshan.district.housing.service.HousingSettings;
import cn.gov.laoshan.district.housing.service.IssueService;
import cn.gov.laoshan.district.housing.service.MeetingService;
import cn.gov.laoshan.district.housing.service.PlanRecompute;
import cn.gov.laoshan.district.housing.service.PlanService;
import cn.gov.laoshan.district.housing.service.ProjectService;
import cn.gov.laoshan.district.housing.service.TemplateService;
import cn.gov.laoshan.district.housing.ui.HousingWidget;
import cn.gov.laoshan.district.housing.ui.IssuesView;
import cn.gov.laoshan.district.housing.ui.MeetingView;
import cn.gov.laoshan.district.housing.ui.MeetingsView;
import cn.gov.laoshan.district.housing.ui.MinutesView;
import cn.gov.laoshan.district.housing.ui.NewProjectView;
import cn.gov.laoshan.district.housing.ui.ProjectView;
import cn.gov.laoshan.district.housing.ui.ProjectsView;
import cn.gov.laoshan.district.housing.ui.TemplatesView;
import cn.gov.laoshan.district.uikit.PluginSupport;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * 住建 重点项目全生命周期代办: key projects, approval service menus, tailored plans, Gantt, blocking issues and
 * dispatch meetings. The plugin's services are made here from the platform's and handed to the views in their
 * constructors.
 */
@Component(service = DistrictPlugin.class, configurationPid = "cn.gov.laoshan.district.housing")
@Designate(ocd = HousingSettings.class)
public class HousingPlugin implements DistrictPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(HousingPlugin.class);

    /** The settings, the optional services, the calendar hook and the demo seeding, let go at deactivation. */
    private final PluginSupport<HousingSettings> kit;
    /** The platform's staff, to pick a project's task-force lead from; without it the lead is typed. */
    private final Supplier<Optional<UserDirectory>> directory;
    private final ProjectService projects;
    private final PlanService plans;
    private final InvestorProjects investors;
    private final TemplateService templates;
    private final IssueService issues;
    private final MeetingService meetings;
    private final HousingAttachments files;
    private final EnterpriseRegistry registry;
    private final AccessControl access;

    @Activate
    public HousingPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference WorkingDayCalendar calendar, @Reference EnterpriseRegistry registry,
            @Reference Timeline timeline, @Reference AuditLog audit, @Reference PlatformInfo platform,
            @Reference Attachments attachments, HousingSettings settings, BundleContext bundle) {
        this.kit = PluginSupport.open(bundle, settings);
        this.directory = kit.optional(UserDirectory.class);
        this.registry = registry;
        this.access = access;
        HousingRepository repository = new HousingRepository(database.jdbi());
        this.investors = new InvestorProjects(database.jdbi(), access);
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        Supplier<Optional<Reminders>> reminders = kit.optional(Reminders.class);
        Clock clock = platform.clock();
        RecordEvents events = new RecordEvents("housing", () -> eventAdmin.get().orElse(null), access, clock);
        this.projects = new ProjectService(repository, access, calendar, registry, timeline, events, clock);
        this.plans = new PlanService(repository, access, calendar, timeline, reminders, events, kit::settings,
                projects::today);
        this.issues = new IssueService(repository, access, calendar, timeline, reminders, events, kit::settings,
                projects::today);
        this.meetings = new MeetingService(repository, access, issues, timeline);
        this.files = new HousingAttachments(attachments, repository, access);
        // plans' baselines follow the calendar when next year's arrangement is entered
        kit.register(CalendarDependent.class, new PlanRecompute(plans));
        // the projects other plugins may name (api.project: the service hall's 联合会商), in the caller's scope;
        // unregistered when the plugin stops (PluginSupport)
        kit.register(ProjectDirectory.class, new HousingProjectDirectory(projects, access));
        this.templates = new TemplateService(repository, access, audit, calendar, kit::settings);
        access.asSystem(() -> {
            templates.seedDefaults();
            return null;
        });
        // a first start killed half-way carries on at the next start (the projects still to make, then the issues
        // and meetings)
        kit.seedDemo(platform, "housing-demo-data", access, database.dataSource(),
                () -> repository.projects().count(ProjectFilter.all()) > 0, stopping -> {
                    SettableClock demoClock = new SettableClock();
                    ProjectService p = new ProjectService(repository, access, calendar, registry, timeline, events,
                            demoClock);
                    PlanService plan = new PlanService(repository, access, calendar, timeline, Optional::empty, events,
                            kit::settings, p::today);
                    IssueService i = new IssueService(repository, access, calendar, timeline, Optional::empty, events,
                            kit::settings, p::today);
                    MeetingService m = new MeetingService(repository, access, i, timeline);
                    return DemoProjects.seed(p, plan, i, m, repository, registry, demoClock, stopping) + " projects";
                });
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Modified
    void modified(HousingSettings changed) {
        kit.settingsChanged(changed);
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("housing", "housing.plugin.name", "housing", "housing.department");
    }

    @Override
    public String messagesBaseName() {
        return "i18n/messages";
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                Screen.builder("projects", ProjectsView.class, () -> new ProjectsView(projects))
                        .title("housing.screen.projects").icon("vaadin:building").order(10)
                        .permission(HousingPermissions.VIEW).build(),
                Screen.builder("projects/new", NewProjectView.class, () -> new NewProjectView(projects, registry, access,
                        directory.get().orElse(null)))
                        .title("housing.screen.new").icon("vaadin:plus-circle").order(20)
                        .permission(HousingPermissions.MANAGE).build(),
                Screen.builder("projects/:id", ProjectView.class, () -> new ProjectView(projects, plans, issues, access, registry,
                        directory.get().orElse(null), files))
                        .title("housing.screen.project").permission(HousingPermissions.VIEW).build(),
                Screen.builder("issues", IssuesView.class, () -> new IssuesView(issues, access))
                        .title("housing.screen.issues").icon("vaadin:warning").order(30)
                        .permission(HousingPermissions.VIEW).build(),
                Screen.builder("meetings", MeetingsView.class, () -> new MeetingsView(meetings, projects, issues, access))
                        .title("housing.screen.meetings").icon("vaadin:calendar-clock").order(40)
                        .permission(HousingPermissions.VIEW).build(),
                Screen.builder("meetings/:id", MeetingView.class, () -> new MeetingView(meetings, files))
                        .title("housing.screen.meeting").permission(HousingPermissions.VIEW).build(),
                Screen.builder("meetings/:id/minutes", MinutesView.class, () -> new MinutesView(meetings))
                        .title("housing.screen.minutes").permission(HousingPermissions.VIEW).build(),
                Screen.builder("templates", TemplatesView.class, () -> new TemplatesView(templates))
                        .title("housing.screen.templates").icon("vaadin:list-ol").order(50)
                        .permission(HousingPermissions.TEMPLATES).build());
    }

    @Override
    public List<Section> sections() {
        return List.of(Section.enterprise("projects", "housing.section.projects", 30, HousingPermissions.VIEW,
                Audience.BOTH, uscc -> new InvestedProjectsSection(investors, uscc,
                        () -> access.currentUser().map(u -> !u.external()).orElse(false))));
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("projects", "housing.widget.title",
                () -> new HousingWidget(projects, issues, meetings), 30, 2, HousingPermissions.VIEW));
    }

    @Override
    public List<DemoRole> demoRoles() {
        return HousingRoles.DEMO;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(HousingPermissions.VIEW, "housing.permission.view"),
                new PermissionDefinition(HousingPermissions.MANAGE, "housing.permission.manage"),
                new PermissionDefinition(HousingPermissions.TEMPLATES, "housing.permission.templates"),
                new PermissionDefinition(HousingPermissions.MEETINGS, "housing.permission.meetings"));
    }

    @Override
    public List<ScheduledJob> jobs() {
        // forecasts move as days pass: re-plan the item owners' reminders a few times a day
        return List.of(new ScheduledJob("reminders", Duration.ofHours(6), () -> access.asSystem(() -> {
            int n = plans.replanReminders();
            LOG.debug("housing reminders re-planned for {} projects", n);
            return null;
        })));
    }
}
