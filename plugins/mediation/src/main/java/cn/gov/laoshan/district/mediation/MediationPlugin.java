package cn.gov.laoshan.district.mediation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.mediation.service.CaseAttachments;
import cn.gov.laoshan.district.mediation.service.RelationService;
import cn.gov.laoshan.district.mediation.ui.AllRelationsView;
import cn.gov.laoshan.district.mediation.ui.RelationsView;
import cn.gov.laoshan.district.mediation.service.CaseEvents;
import cn.gov.laoshan.district.mediation.service.DemoCases;
import cn.gov.laoshan.district.mediation.service.GroupService;
import cn.gov.laoshan.district.mediation.service.CaseRepository;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.mediation.service.CaseWorkflow;
import cn.gov.laoshan.district.mediation.service.DeadlineRecompute;
import cn.gov.laoshan.district.mediation.service.MediationSettings;
import cn.gov.laoshan.district.mediation.ui.AgreementView;
import cn.gov.laoshan.district.mediation.ui.CaseDetailView;
import cn.gov.laoshan.district.mediation.ui.GroupsView;
import cn.gov.laoshan.district.mediation.ui.CasesView;
import cn.gov.laoshan.district.mediation.ui.EnterpriseCasesSection;
import cn.gov.laoshan.district.mediation.ui.MediationWidget;
import cn.gov.laoshan.district.mediation.ui.MyCasesView;
import cn.gov.laoshan.district.mediation.ui.NewCaseView;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * 矛盾纠纷调解: mediators log and work dispute cases. The plugin's services are made here from the platform's
 * and handed to the views in their constructors.
 */
@Component(service = DistrictPlugin.class, configurationPid = "cn.gov.laoshan.district.mediation")
@Designate(ocd = MediationSettings.class)
public class MediationPlugin implements DistrictPlugin {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Reminders reminders;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Notifications notifications;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin eventAdmin;

    @Reference
    volatile AuditLog audit;

    private static final Logger LOG = LoggerFactory.getLogger(MediationPlugin.class);

    private volatile MediationSettings settings;
    /** The demo data being seeded at the first start, if any: stopped with the plugin. */
    private DemoSeeding seeding;
    private final CaseService cases;
    private final GroupService groups;
    private final Attachments attachments;
    private final CaseAttachments attachmentRules;
    private final RelationService relations;
    private final Masking masking;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final ServiceRegistration<CalendarDependent> recompute;

    @Activate
    public MediationPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference WorkingDayCalendar calendar, @Reference EnterpriseRegistry registry,
            @Reference Timeline timeline, @Reference Masking masking, @Reference PlatformInfo platform,
            @Reference Attachments attachments, MediationSettings settings, BundleContext bundle) {
        this.settings = settings;
        this.masking = masking;
        this.access = access;
        this.registry = registry;
        CaseRepository repository = new CaseRepository(database.jdbi());
        CaseEvents events = new CaseEvents(() -> eventAdmin);
        this.cases = new CaseService(repository, access, calendar, registry, timeline,
                () -> Optional.ofNullable(reminders), () -> Optional.ofNullable(notifications), events,
                () -> this.settings, Clock.systemUTC());
        this.groups = new GroupService(repository, access, () -> audit);
        // open cases' deadlines follow the calendar when next year's arrangement is entered
        this.recompute = bundle.registerService(CalendarDependent.class,
                new DeadlineRecompute(repository, calendar, timeline, cases), null);
        this.attachments = attachments;
        this.attachmentRules = new CaseAttachments(cases, access, timeline, () -> this.settings);
        // files kept in the plugin's own table before the platform kept them: moved once, then the table is empty
        int moved = access.asSystem(() -> CaseAttachments.moveKeptFiles(database.jdbi(), attachments));
        if (moved > 0) {
            LOG.info("mediation: {} attachments moved into the platform's attachments", moved);
        }
        this.relations = new RelationService(repository, access, registry, () -> audit, masking, Clock.systemUTC());
        // cases from before department scoping (and the system's) belong to the configured default department
        int placed = repository.assignDepartment(settings.case_department());
        if (placed > 0) {
            LOG.info("mediation: {} cases without a department placed in {}", placed, settings.case_department());
        }
        if (platform.demo()) {
            // seeding moves a few hundred cases through the workflow: not on the activation thread; a first start
            // killed half-way carries on at the next start (groups that are missing, then the cases still to make)
            seeding = DemoSeeding.resumable("mediation-demo-data", access, database.dataSource(),
                    () -> !repository.groups().isEmpty(), stopping -> {
                        java.util.Set<String> present = new java.util.HashSet<>();
                        repository.groups().forEach(g -> present.add(g.nameZh()));
                        DemoCases.groups().stream().filter(g -> !present.contains(g.nameZh())).forEach(groups::save);
                        SettableClock clock = new SettableClock();
                        CaseService seeder = new CaseService(repository, access, calendar, registry, timeline,
                                Optional::empty, events, () -> this.settings, clock);
                        return DemoCases.seed(seeder, repository, registry, clock, 240, stopping) + " cases";
                    }).orElse(null);
        }
    }

    @Deactivate
    void deactivate() {
        try {
            recompute.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping: the framework unregisters it
        }
        if (seeding != null) {
            seeding.close();
        }
    }

    @Modified
    void modified(MediationSettings changed) {
        this.settings = changed;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor("mediation", "mediation.plugin.name", CaseWorkflow.DEPARTMENT, "mediation.department");
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                Screen.builder("mine", MyCasesView.class, () -> new MyCasesView(cases, masking))
                        .title("mediation.screen.mine").icon("vaadin:inbox").order(10)
                        .permission(CaseWorkflow.MEDIATE).build(),
                Screen.builder("cases", CasesView.class, () -> new CasesView(cases, masking))
                        .title("mediation.screen.cases").icon("vaadin:scale").order(20)
                        .permission(CaseWorkflow.READ).build(),
                Screen.builder("cases/new", NewCaseView.class, () -> new NewCaseView(cases, registry))
                        .title("mediation.screen.new").icon("vaadin:plus-circle").order(30)
                        .permission(CaseWorkflow.REGISTER).build(),
                Screen.builder("cases/:id", CaseDetailView.class, () -> new CaseDetailView(cases, attachments, attachmentRules, masking))
                        .title("mediation.screen.case").permission(CaseWorkflow.READ).build(),
                Screen.builder("cases/:id/agreement", AgreementView.class, () -> new AgreementView(cases, masking))
                        .title("mediation.screen.agreement").permission(CaseWorkflow.READ).build(),
                Screen.builder("groups", GroupsView.class, () -> new GroupsView(groups))
                        .title("mediation.screen.groups").icon("vaadin:group").order(40)
                        .permission(CaseWorkflow.GROUP_ADMIN).build(),
                Screen.builder("relations", RelationsView.class, () -> new RelationsView(relations, registry, false))
                        .title("mediation.screen.relations").icon("vaadin:user-check").order(35)
                        .permission(CaseWorkflow.MEDIATE).build(),
                Screen.builder("groups/relations", AllRelationsView.class,
                        () -> new AllRelationsView(relations, registry))
                        .title("mediation.screen.relations-all").icon("vaadin:user-check").order(45)
                        .permission(CaseWorkflow.GROUP_ADMIN).build());
    }

    @Override
    public List<Section> sections() {
        // the cases an enterprise is a party to, on its page: staff within their case scope, an enterprise user theirs
        return List.of(Section.enterprise("cases", "mediation.section.cases", 20, CaseWorkflow.READ, Audience.BOTH,
                uscc -> new EnterpriseCasesSection(cases, masking, uscc,
                        () -> access.currentUser().map(u -> !u.external()).orElse(false))));
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("cases", "mediation.widget.title", () -> new MediationWidget(cases), 20, 2,
                CaseWorkflow.READ));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(CaseWorkflow.READ, "mediation.permission.read"),
                new PermissionDefinition(CaseWorkflow.REGISTER, "mediation.permission.register"),
                new PermissionDefinition(CaseWorkflow.ASSIGN, "mediation.permission.assign"),
                new PermissionDefinition(CaseWorkflow.MEDIATE, "mediation.permission.mediate"),
                new PermissionDefinition(CaseWorkflow.CLOSE, "mediation.permission.close"),
                new PermissionDefinition(CaseWorkflow.GROUP_ADMIN, "mediation.permission.groups"));
    }
}
