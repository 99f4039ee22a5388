package cn.gov.laoshan.district.market;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.market.commitment.service.CommitmentService;
import cn.gov.laoshan.district.market.commitment.service.SupervisionDemo;
import cn.gov.laoshan.district.market.commitment.ui.ApplyCommitmentView;
import cn.gov.laoshan.district.market.commitment.ui.CommitmentItemsView;
import cn.gov.laoshan.district.market.commitment.ui.CommitmentView;
import cn.gov.laoshan.district.market.commitment.ui.CommitmentWidget;
import cn.gov.laoshan.district.market.commitment.ui.MyCommitmentsView;
import cn.gov.laoshan.district.market.commitment.ui.PostChecksView;
import cn.gov.laoshan.district.market.lenient.service.CaseService;
import cn.gov.laoshan.district.market.lenient.ui.CaseView;
import cn.gov.laoshan.district.market.lenient.ui.CasesView;
import cn.gov.laoshan.district.market.lenient.ui.LenientListsView;
import cn.gov.laoshan.district.market.lenient.ui.NewCaseView;
import cn.gov.laoshan.district.market.service.ConversionService;
import cn.gov.laoshan.district.market.service.DemoDeregistrations;
import cn.gov.laoshan.district.market.service.DeregistrationService;
import cn.gov.laoshan.district.market.service.DemoLicences;
import cn.gov.laoshan.district.market.service.ExpiryScan;
import cn.gov.laoshan.district.market.service.LicenceRepository;
import cn.gov.laoshan.district.market.service.LicenceService;
import cn.gov.laoshan.district.market.service.LicenceTypeService;
import cn.gov.laoshan.district.market.service.Market;
import cn.gov.laoshan.district.market.service.RenewalService;
import cn.gov.laoshan.district.market.service.StaffDigest;
import cn.gov.laoshan.district.market.ui.ConversionView;
import cn.gov.laoshan.district.market.ui.DeregistrationNoticesView;
import cn.gov.laoshan.district.market.ui.DeregistrationView;
import cn.gov.laoshan.district.market.ui.DeregistrationsView;
import cn.gov.laoshan.district.market.ui.JointCheckView;
import cn.gov.laoshan.district.market.ui.MyDeregistrationView;
import cn.gov.laoshan.district.market.ui.RestrictionsView;
import cn.gov.laoshan.district.market.ui.EnterpriseLicencesSection;
import cn.gov.laoshan.district.market.ui.LicenceTypesView;
import cn.gov.laoshan.district.market.ui.LicenceView;
import cn.gov.laoshan.district.market.ui.LicencesView;
import cn.gov.laoshan.district.market.ui.MarketWidget;
import cn.gov.laoshan.district.market.ui.MyLicencesView;
import cn.gov.laoshan.district.market.ui.NewLicenceView;
import cn.gov.laoshan.district.market.ui.RemindersView;
import cn.gov.laoshan.district.market.ui.RenewView;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.uikit.PluginSupport;
import cn.gov.laoshan.district.market.credit.service.Credit;
import cn.gov.laoshan.district.market.credit.service.CreditGrading;
import cn.gov.laoshan.district.market.credit.service.CreditSignalSource;
import cn.gov.laoshan.district.market.credit.ui.GradesView;
import cn.gov.laoshan.district.market.credit.ui.GradingRuleView;
import cn.gov.laoshan.district.market.inspection.service.DemoInspections;
import cn.gov.laoshan.district.market.inspection.service.InspectionService;
import cn.gov.laoshan.district.market.inspection.service.Inspections;
import cn.gov.laoshan.district.market.inspection.ui.DrawView;
import cn.gov.laoshan.district.market.inspection.ui.DrawsView;
import cn.gov.laoshan.district.market.inspection.ui.EnterpriseInspectionsSection;
import cn.gov.laoshan.district.market.inspection.ui.InspectionWidget;
import cn.gov.laoshan.district.market.inspection.ui.InspectorsView;
import cn.gov.laoshan.district.market.inspection.ui.PublishedResultsView;

/**
 * 市场监管 (Market regulation): licences and their types, the daily expiry scan with reminders once per step, minimal
 * renewal for the holder in 企业服务. The plugin's services are made here from the platform's and handed to the
 * views in their constructors.
 */
@Component(service = DistrictPlugin.class)
public class MarketPlugin implements DistrictPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(MarketPlugin.class);
    /** The daily scan's time (Beijing): early, so that the day's reminders are in the bells when offices open. */
    static final LocalTime SCAN_AT = LocalTime.of(6, 30);
    /** The departments' digest of the day's reminders: after the scan (on every node) is surely done. */
    static final LocalTime DIGEST_AT = LocalTime.of(8, 0);
    /** Deregistrations not applied for lapse the day after their last day: just after midnight (Beijing). */
    static final LocalTime LAPSE_AT = LocalTime.of(0, 40);
    /** Commitments not rectified by their day are revoked the day after: early, before offices open. */
    static final LocalTime COMMITMENT_REVOKE_AT = LocalTime.of(1, 10);
    /** The credit grading's daily check (it grades on the 1st, or when the month has no grading yet): at night. */
    static final LocalTime GRADING_AT = LocalTime.of(3, 0);

    private final PluginSupport<Void> kit;
    private final AccessControl access;
    private final LicenceService licences;
    private final LicenceTypeService types;
    private final RenewalService renewals;
    private final ExpiryScan scan;
    private final StaffDigest digest;
    private final EnterpriseRegistry registry;
    private final ConversionService conversions;
    private final DeregistrationService deregistrations;
    private final CommitmentService commitments;
    private final CaseService cases;
    private final CreditGrading credit;
    private final InspectionService inspections;
    /** Every credit signal source of the bundle (licences, inspections, violations, commitments...), as they come. */
    @Reference(service = CreditSignalSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, fieldOption = FieldOption.REPLACE)
    private volatile List<CreditSignalSource> signalSources = List.of();

    @Activate
    public MarketPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference Timeline timeline, @Reference WorkingDayCalendar calendar,
            @Reference EnterpriseRegistry registry, @Reference PlatformInfo platform, BundleContext bundle) {
        this.kit = PluginSupport.open(bundle, null);
        this.access = access;
        this.registry = registry;
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        Supplier<Optional<AuditLog>> audit = kit.optional(AuditLog.class);
        // the platform's clock: a test that moves time moves the plugin's "today" with it
        Clock clock = platform.clock();
        RecordEvents events = new RecordEvents(Market.PLUGIN + "/licence", () -> eventAdmin.get().orElse(null), access,
                clock);
        LicenceRepository repository = new LicenceRepository(database.jdbi());
        this.licences = new LicenceService(repository, access, calendar, timeline, events, clock);
        this.types = new LicenceTypeService(repository, access, audit, clock);
        this.renewals = new RenewalService(repository, licences, access, registry, kit.optional(Notifications.class),
                clock);
        this.conversions = new ConversionService(database.jdbi(), access, registry, timeline, clock);
        this.scan = new ExpiryScan(repository, calendar, kit.optional(Reminders.class), audit, clock);
        this.digest = new StaffDigest(repository, kit.optional(Reminders.class), clock);
        this.deregistrations = new DeregistrationService(database.jdbi(), access, registry,
                kit.optional(EnterpriseFactsService.class), kit.optional(PublicNotices.class), licences, timeline,
                new RecordEvents(Market.PLUGIN + "/deregistration", () -> eventAdmin.get().orElse(null), access,
                        clock), clock);
        access.asSystem(types::seedDefaults);
        this.commitments = new CommitmentService(database.jdbi(), access, registry,
                kit.optional(EnterpriseFactsService.class), timeline, new RecordEvents(Market.PLUGIN + "/commitment",
                        () -> eventAdmin.get().orElse(null), access, clock), audit, clock);
        this.cases = new CaseService(database.jdbi(), access, registry, timeline, new RecordEvents(Market.PLUGIN
                + "/case", () -> eventAdmin.get().orElse(null), access, clock), clock);
        access.asSystem(commitments::seedCatalogue);
        this.credit = new CreditGrading(database.jdbi(), access, kit.optional(EnterpriseFactsService.class),
                () -> signalSources, audit, new RecordEvents(Market.PLUGIN + "/credit", () -> eventAdmin.get()
                        .orElse(null), access, clock), clock);
        this.inspections = new InspectionService(database.jdbi(), access, registry, audit, new RecordEvents(
                Market.PLUGIN + "/inspection", () -> eventAdmin.get().orElse(null), access, clock), clock);
        access.asSystem(() -> {
            credit.seedDefaults();
            inspections.seedDefaults();
            return null;
        });
        // one seeding in parts, so that the demo data counts as done only when all are (testkit's awaitDemoData):
        // the licences, then 事中事后监管 (commitments, post-checks, cases), then — reading both — the graded month,
        // a draw and some results
        kit.seedDemo(platform, access, database.dataSource(), new DemoSeeding.Part("market-demo-licences",
                () -> repository.countAll() > 0, stopping -> {
                    int made = DemoLicences.seed(repository, registry, calendar, licences.today(), stopping);
                    // the day's reminders at once, rather than at the next scan time: hailan-qy's food licence
                    ExpiryScan.Result scanned = made > 0 && !stopping.getAsBoolean() ? scan.run() : null;
                    StaffDigest.Result digested = scanned != null ? digest.run() : null;
                    String deregistered = made > 0 && !stopping.getAsBoolean()
                            ? DemoDeregistrations.seed(deregistrations, registry, clock) : "none";
                    return made + " licences, first scan " + scanned + ", digest " + digested + "; deregistrations: "
                            + deregistered;
                }),
                new DemoSeeding.Part("market-demo-supervision", commitments::anyRecorded,
                        stopping -> SupervisionDemo.seed(commitments, cases, registry, stopping)),
                new DemoSeeding.Part("market-demo-inspections", () -> DemoInspections.seededBefore(database.jdbi()),
                        stopping -> DemoInspections.seed(database.jdbi(), credit, inspections, stopping)));
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(Market.PLUGIN, "market.plugin.name", Market.DEPARTMENT, "market.department");
    }

    @Override
    public List<Screen> screens() {
        return List.of(
                Screen.builder("licences", LicencesView.class, () -> new LicencesView(licences))
                        .title("market.screen.licences").icon("vaadin:diploma").order(10)
                        .permission(Market.READ).build(),
                Screen.builder("licences/new", NewLicenceView.class, () -> new NewLicenceView(licences, registry,
                        access)).title("market.screen.new").icon("vaadin:plus-circle").order(15)
                        .permission(Market.MANAGE).build(),
                Screen.builder("licences/:id", LicenceView.class, () -> new LicenceView(licences, renewals, access))
                        .title("market.screen.licence").permission(Market.READ).build(),
                Screen.builder("conversion", ConversionView.class, () -> new ConversionView(conversions, registry,
                        access)).title("market.screen.conversion").icon("vaadin:exchange").order(25)
                        .permission(Market.MANAGE).build(),
                Screen.builder("reminders", RemindersView.class, () -> new RemindersView(licences))
                        .title("market.screen.reminders").icon("vaadin:bell").order(20)
                        .permission(Market.READ).build(),
                Screen.builder("types", LicenceTypesView.class, () -> new LicenceTypesView(types))
                        .title("market.screen.types").icon("vaadin:list-ol").order(30)
                        .permission(Market.TYPES).build(),
                Screen.builder("my-licences", MyLicencesView.class, () -> new MyLicencesView(licences, access))
                        .title("market.screen.my-licences").icon("vaadin:diploma").order(10)
                        .permission(Market.READ).audience(Audience.ENTERPRISE).build(),
                Screen.builder("my-licences/:id", RenewView.class, () -> new RenewView(licences, renewals))
                        .title("market.screen.renew").permission(Market.READ).audience(Audience.ENTERPRISE).build(),
                Screen.builder("my-deregistration", MyDeregistrationView.class, () -> new MyDeregistrationView(
                        deregistrations, access)).title("market.screen.my-deregistration").icon("vaadin:close-circle-o")
                        .order(20).permission(Market.FILE).audience(Audience.ENTERPRISE).build(),
                Screen.builder("deregistrations", DeregistrationsView.class, () -> new DeregistrationsView(
                        deregistrations)).title("market.screen.deregistrations").icon("vaadin:close-circle")
                        .order(40).permission(Market.READ).build(),
                Screen.builder("deregistrations/:id", DeregistrationView.class, () -> new DeregistrationView(
                        deregistrations, access)).title("market.screen.deregistration").permission(Market.READ)
                        .build(),
                Screen.builder("restrictions", RestrictionsView.class, () -> new RestrictionsView(deregistrations,
                        registry, access)).title("market.screen.restrictions").icon("vaadin:ban").order(45)
                        .permission(Market.MANAGE).build(),
                Screen.builder("joint-check", JointCheckView.class, () -> new JointCheckView(deregistrations))
                        .title("market.screen.joint-check").icon("vaadin:check-square-o").order(50)
                        .permission(Market.CHECK).build(),
                Screen.builder("deregistration-notices", DeregistrationNoticesView.class,
                        () -> new DeregistrationNoticesView(deregistrations)).title("market.screen.dereg-notices")
                        .icon("vaadin:megaphone").order(55).permission(Market.OBJECT).audience(Audience.BOTH)
                        .build(),
                Screen.builder("commitment-items", CommitmentItemsView.class, () -> new CommitmentItemsView(
                        commitments)).title("market.screen.commitment-items").icon("vaadin:clipboard-text")
                        .order(60).permission(Market.READ).build(),
                Screen.builder("post-checks", PostChecksView.class, () -> new PostChecksView(commitments))
                        .title("market.screen.post-checks").icon("vaadin:clipboard-check").order(62)
                        .permission(CommitmentService.CHECK).build(),
                Screen.builder("commitments/:id", CommitmentView.class, () -> new CommitmentView(commitments, access))
                        .title("market.screen.commitment").permission(Market.READ).audience(Audience.BOTH).build(),
                Screen.builder("my-commitment", ApplyCommitmentView.class, () -> new ApplyCommitmentView(commitments,
                        access)).title("market.screen.apply-commitment").icon("vaadin:pencil").order(30)
                        .permission(CommitmentService.APPLY).audience(Audience.ENTERPRISE).build(),
                Screen.builder("my-commitments", MyCommitmentsView.class, () -> new MyCommitmentsView(commitments))
                        .title("market.screen.my-commitments").icon("vaadin:clipboard-check").order(32)
                        .permission(CommitmentService.APPLY).audience(Audience.ENTERPRISE).build(),
                Screen.builder("cases", CasesView.class, () -> new CasesView(cases, access))
                        .title("market.screen.cases").icon("vaadin:gavel").order(64)
                        .permission(Market.READ).build(),
                Screen.builder("cases/new", NewCaseView.class, () -> new NewCaseView(cases, registry, access))
                        .title("market.screen.new-case").icon("vaadin:plus-circle").order(65)
                        .permission(CaseService.MANAGE).build(),
                Screen.builder("cases/:id", CaseView.class, () -> new CaseView(cases, access))
                        .title("market.screen.case").permission(Market.READ).build(),
                Screen.builder("lenient-lists", LenientListsView.class, () -> new LenientListsView(cases))
                        .title("market.screen.lenient-lists").icon("vaadin:list").order(66)
                        .permission(Market.READ).build(),
                Screen.builder("credit/grades", GradesView.class, () -> new GradesView(credit, registry, access))
                        .title("market.screen.credit-grades").icon("vaadin:chart-grid").order(70)
                        .permission(Credit.READ).build(),
                Screen.builder("credit/rule", GradingRuleView.class, () -> new GradingRuleView(credit, inspections,
                        access)).title("market.screen.credit-rule").icon("vaadin:scale").order(72)
                        .permission(Credit.READ).build(),
                Screen.builder("inspection/draws", DrawsView.class, () -> new DrawsView(inspections, credit, licences,
                        access)).title("market.screen.draws").icon("vaadin:random").order(74)
                        .permission(Inspections.DRAW).build(),
                Screen.builder("inspection/draws/:id", DrawView.class, () -> new DrawView(inspections, access))
                        .title("market.screen.draw").permission(Inspections.RECORD).build(),
                Screen.builder("inspection/inspectors", InspectorsView.class, () -> new InspectorsView(inspections,
                        registry, access)).title("market.screen.inspectors").icon("vaadin:user-check").order(76)
                        .permission(Inspections.DRAW).build(),
                Screen.builder("inspection/results", PublishedResultsView.class, () -> new PublishedResultsView(
                        inspections)).title("market.screen.inspection-results").icon("vaadin:clipboard-check")
                        .order(78).permission(Inspections.PUBLISHED).audience(Audience.BOTH).build());
    }

    @Override
    public List<Section> sections() {
        return List.of(Section.enterprise("licences", "market.section.licences", 25, Market.READ, Audience.BOTH,
                uscc -> new EnterpriseLicencesSection(licences, uscc,
                        access.currentUser().map(u -> u.uscc() == null).orElse(false))),
                Section.enterprise("inspections", "market.section.inspections", 27, Inspections.PUBLISHED,
                        Audience.BOTH, uscc -> new EnterpriseInspectionsSection(inspections, uscc)));
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("licences", "market.widget.title", () -> new MarketWidget(licences, deregistrations), 40, 2,
                Market.READ), new DashboardWidget("supervision", "market.widget.supervision", () -> new CommitmentWidget(
                        commitments, cases), 42, 1, CommitmentService.CHECK),
                new DashboardWidget("inspections", "market.widget.inspections", () -> new InspectionWidget(
                        inspections), 43, 1, Credit.READ));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(Market.READ, "market.permission.read"),
                new PermissionDefinition(Market.MANAGE, "market.permission.manage"),
                new PermissionDefinition(Market.TYPES, "market.permission.types"),
                new PermissionDefinition(Market.RENEW, "market.permission.renew"),
                new PermissionDefinition(Market.FILE, "market.permission.file"),
                new PermissionDefinition(Market.CHECK, "market.permission.check"),
                new PermissionDefinition(Market.OBJECT, "market.permission.object"),
                new PermissionDefinition(CommitmentService.APPLY, "market.permission.commitment-apply"),
                new PermissionDefinition(CommitmentService.CHECK, "market.permission.commitment-check"),
                new PermissionDefinition(CaseService.MANAGE, "market.permission.case-manage"),
                new PermissionDefinition(Credit.READ, "market.permission.credit-read"),
                new PermissionDefinition(Credit.GRADE, "market.permission.credit-grade"),
                new PermissionDefinition(Inspections.DRAW, "market.permission.inspection-draw"),
                new PermissionDefinition(Inspections.RECORD, "market.permission.inspection-record"),
                new PermissionDefinition(Inspections.PUBLISHED, "market.permission.inspection-published"));
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.daily("expiry-scan", SCAN_AT, () -> access.asSystem(() -> {
            ExpiryScan.Result result = scan.run();
            LOG.info("licence expiry scan: {}", result);
            return result;
        })), ScheduledJob.daily("staff-digest", DIGEST_AT, () -> access.asSystem(() -> {
            StaffDigest.Result result = digest.run();
            LOG.info("licence reminder digest: {}", result);
            return result;
        })), ScheduledJob.daily("deregistration-lapse", LAPSE_AT, () -> access.asSystem(() -> {
            int lapsed = deregistrations.lapse();
            LOG.info("simple deregistrations lapsed: {}", lapsed);
            return lapsed;
        })), ScheduledJob.daily("commitment-revoke", COMMITMENT_REVOKE_AT, () -> access.asSystem(() -> {
            int revoked = commitments.revokeOverdue();
            LOG.info("commitments not rectified in time, revoked: {}", revoked);
            return revoked;
        })), ScheduledJob.daily("credit-grading", GRADING_AT, () -> access.asSystem(() -> {
            // monthly: on the 1st, or on a later day when this month has no grading yet (the platform was down)
            if (credit.today().getDayOfMonth() != 1 && credit.latestMonth().filter(m -> m.equals(
                    java.time.YearMonth.from(credit.today()).toString())).isPresent()) {
                return null;
            }
            var run = credit.run();
            LOG.info("credit grading: {}", run);
            return run;
        })));
    }

    @Override
    public List<DemoRole> demoRoles() {
        return java.util.stream.Stream.of(Market.DEMO_ROLES, SupervisionDemo.ROLES, Credit.DEMO_ROLES)
                .flatMap(List::stream).toList();
    }
}
