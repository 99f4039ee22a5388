package cn.gov.laoshan.district.mediation;

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

import cn.gov.laoshan.district.api.calendar.CalendarDependent;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.mediation.service.CaseAttachments;
import cn.gov.laoshan.district.mediation.service.RelationService;
import cn.gov.laoshan.district.mediation.ui.AllRelationsView;
import cn.gov.laoshan.district.mediation.ui.RelationsView;
import cn.gov.laoshan.district.mediation.service.DemoCases;
import cn.gov.laoshan.district.mediation.service.GroupService;
import cn.gov.laoshan.district.mediation.service.CaseRepository;
import cn.gov.laoshan.district.mediation.service.CaseService;
import cn.gov.laoshan.district.mediation.service.CaseWorkflow;
import cn.gov.laoshan.district.mediation.service.DeadlineRecompute;
import cn.gov.laoshan.district.mediation.service.MediationRoles;
import cn.gov.laoshan.district.mediation.service.MediationSettings;
import cn.gov.laoshan.district.mediation.ui.AgreementView;
import cn.gov.laoshan.district.mediation.ui.CaseDetailView;
import cn.gov.laoshan.district.mediation.ui.GroupsView;
import cn.gov.laoshan.district.mediation.ui.CasesView;
import cn.gov.laoshan.district.mediation.ui.EnterpriseCasesSection;
import cn.gov.laoshan.district.mediation.ui.MediationWidget;
import cn.gov.laoshan.district.mediation.ui.MyCasesView;
import cn.gov.laoshan.district.mediation.ui.NewCaseView;
import cn.gov.laoshan.district.uikit.PluginSupport;
import cn.gov.laoshan.district.uikit.SettableClock;

/**
 * 矛盾纠纷调解: mediators log and work dispute cases. The plugin's services are made here from the platform's
 * and handed to the views in their constructors.
 */
@Component(service = DistrictPlugin.class, configurationPid = "cn.gov.laoshan.district.mediation")
@Designate(ocd = MediationSettings.class)
public class MediationPlugin implements DistrictPlugin {

    @Reference
    volatile AuditLog audit;

    private static final Logger LOG = LoggerFactory.getLogger(MediationPlugin.class);

    /** The settings, the optional services, the calendar hook and the demo seeding, let go at deactivation. */
    private final PluginSupport<MediationSettings> kit;
    private final CaseService cases;
    private final GroupService groups;
    private final Attachments attachments;
    private final CaseAttachments attachmentRules;
    private final RelationService relations;
    private final Masking masking;
    private final AccessControl access;
    private final EnterpriseRegistry registry;

    @Activate
    public MediationPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference WorkingDayCalendar calendar, @Reference EnterpriseRegistry registry,
            @Reference Timeline timeline, @Reference Masking masking, @Reference PlatformInfo platform,
            @Reference Attachments attachments, MediationSettings settings, BundleContext bundle) {
        this.kit = PluginSupport.open(bundle, settings);
        this.masking = masking;
        this.access = access;
        this.registry = registry;
        CaseRepository repository = new CaseRepository(database.jdbi());
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        RecordEvents events = new RecordEvents("mediation", () -> eventAdmin.get().orElse(null), access,
                platform.clock());
        this.cases = new CaseService(repository, access, calendar, registry, timeline, kit.optional(Reminders.class),
                kit.optional(Notifications.class), events, kit::settings, platform.clock());
        this.groups = new GroupService(repository, access, () -> audit);
        // open cases' deadlines follow the calendar when next year's arrangement is entered
        kit.register(CalendarDependent.class, new DeadlineRecompute(repository, calendar, timeline, cases));
        this.attachments = attachments;
        this.attachmentRules = new CaseAttachments(cases, access, timeline, kit::settings);
        // files kept in the plugin's own table before the platform kept them: moved once, then the table is empty
        int moved = access.asSystem(() -> CaseAttachments.moveKeptFiles(database.jdbi(), attachments));
        if (moved > 0) {
            LOG.info("mediation: {} attachments moved into the platform's attachments", moved);
        }
        this.relations = new RelationService(repository, access, registry, () -> audit, masking, platform.clock());
        // cases from before department scoping (and the system's) belong to the configured default department
        int placed = repository.assignDepartment(settings.case_department());
        if (placed > 0) {
            LOG.info("mediation: {} cases without a department placed in {}", placed, settings.case_department());
        }
        // seeding moves a few hundred cases through the workflow: not on the activation thread; a first start
        // killed half-way carries on at the next start (groups that are missing, then the cases still to make)
        kit.seedDemo(platform, "mediation-demo-data", access, database.dataSource(),
                () -> !repository.groups().all().isEmpty(), stopping -> {
                    java.util.Set<String> present = new java.util.HashSet<>();
                    repository.groups().all().forEach(g -> present.add(g.nameZh()));
                    DemoCases.groups().stream().filter(g -> !present.contains(g.nameZh())).forEach(groups::save);
                    SettableClock clock = new SettableClock();
                    CaseService seeder = new CaseService(repository, access, calendar, registry, timeline,
                            Optional::empty, events, kit::settings, clock);
                    return DemoCases.seed(seeder, repository, registry, clock, 240, stopping) + " cases";
                });
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Modified
    void modified(MediationSettings changed) {
        kit.settingsChanged(changed);
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
                Screen.builder("cases/new", NewCaseView.class, () -> new NewCaseView(cases, registry, access))
                        .title("mediation.screen.new").icon("vaadin:plus-circle").order(30)
                        .permission(CaseWorkflow.REGISTER).build(),
                Screen.builder("cases/:id", CaseDetailView.class, () -> new CaseDetailView(cases, attachments, attachmentRules, masking))
                        .title("mediation.screen.case").permission(CaseWorkflow.READ).build(),
                Screen.builder("cases/:id/agreement", AgreementView.class, () -> new AgreementView(cases, masking))
                        .title("mediation.screen.agreement").permission(CaseWorkflow.READ).build(),
                Screen.builder("groups", GroupsView.class, () -> new GroupsView(groups))
                        .title("mediation.screen.groups").icon("vaadin:group").order(40)
                        .permission(CaseWorkflow.GROUP_ADMIN).build(),
                Screen.builder("relations", RelationsView.class, () -> new RelationsView(relations, registry, access, false))
                        .title("mediation.screen.relations").icon("vaadin:user-check").order(35)
                        .permission(CaseWorkflow.MEDIATE).build(),
                Screen.builder("groups/relations", AllRelationsView.class,
                        () -> new AllRelationsView(relations, registry, access))
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
    public List<DemoRole> demoRoles() {
        return MediationRoles.DEMO;
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
