package cn.gov.laoshan.district.policy.delivery;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.Enterprise;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationAttachments;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationRepository;
import cn.gov.laoshan.district.policy.delivery.service.ApplicationService;
import cn.gov.laoshan.district.policy.delivery.service.DeliveryFigures;
import cn.gov.laoshan.district.policy.delivery.service.DeliverySettings;
import cn.gov.laoshan.district.policy.delivery.service.DeliveryWorkflow;
import cn.gov.laoshan.district.policy.delivery.service.DemoEntitlements;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementRepository;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;
import cn.gov.laoshan.district.policy.delivery.service.PayoutHandOff;
import cn.gov.laoshan.district.policy.delivery.service.PublishedList;
import cn.gov.laoshan.district.policy.delivery.ui.ApplicationView;
import cn.gov.laoshan.district.policy.delivery.ui.ApplicationsView;
import cn.gov.laoshan.district.policy.delivery.ui.ApplyView;
import cn.gov.laoshan.district.policy.delivery.ui.DeliveryFiguresView;
import cn.gov.laoshan.district.policy.delivery.ui.DeliveryWidget;
import cn.gov.laoshan.district.policy.delivery.ui.EnterpriseEntitlementsSection;
import cn.gov.laoshan.district.policy.delivery.ui.EntitlementView;
import cn.gov.laoshan.district.policy.delivery.ui.EntitlementsView;
import cn.gov.laoshan.district.policy.delivery.ui.MyEntitlementsView;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.DraftRepository;
import cn.gov.laoshan.district.policy.match.domain.PolicyMatch;
import cn.gov.laoshan.district.policy.match.service.MatchListener;
import cn.gov.laoshan.district.policy.match.service.MatchResults;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.uikit.PluginSupport;

/**
 * 免申即享 delivery as a component of its own inside the policy bundle: the match run's {@link MatchListener}
 * (entitlements from new matches), the hand-off to finance's {@link PayoutLedger} (an optional, dynamic reference: a
 * request waits in the outbox while finance is away and is sent when the ledger appears), its settings (PID
 * {@code cn.gov.laoshan.district.policy.delivery}) and its contributions, which {@code PolicyPlugin} adds to its own.
 */
@Component(service = {MatchListener.class, PolicyDelivery.class},
        configurationPid = "cn.gov.laoshan.district.policy.delivery")
@Designate(ocd = DeliverySettings.class)
public class PolicyDelivery implements MatchListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PolicyDelivery.class);

    private final PluginSupport<DeliverySettings> kit;
    private final AccessControl access;
    private final EntitlementService entitlements;
    private final PayoutHandOff handOff;
    private final DeliveryFigures figures;
    private final ApplicationService applications;
    private final ApplicationAttachments applicationFiles;
    private final Attachments attachments;
    /** The ledger's appearance sends the outbox off the framework's thread (a bind must not block). */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policy-payout-outbox");
        t.setDaemon(true);
        return t;
    });
    private volatile PayoutLedger ledger;
    /** The match run's stored results (the match side's component, in this bundle; optional: the delivery works without). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile MatchResults matchResults;

    @Activate
    public PolicyDelivery(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference WorkingDayCalendar calendar, @Reference Timeline timeline, @Reference PlatformInfo platform,
            @Reference Attachments attachments, DeliverySettings settings, BundleContext bundle) {
        this.attachments = attachments;
        this.kit = PluginSupport.open(bundle, settings);
        this.access = access;
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        RecordEvents events = new RecordEvents("policy/entitlement", () -> eventAdmin.get().orElse(null), access,
                platform.clock());
        EntitlementRepository repository = new EntitlementRepository(database.jdbi());
        DraftRepository drafts = new DraftRepository(database.jdbi());
        Supplier<Optional<MatchResults>> matches = () -> Optional.ofNullable(matchResults);
        this.handOff = new PayoutHandOff(repository, () -> Optional.ofNullable(ledger), access, timeline,
                platform.clock());
        this.entitlements = new EntitlementService(repository,
                id -> drafts.findIn(id, DraftState.PUBLISHED).map(PolicyDraft::title), access, calendar, timeline,
                events, kit.optional(Reminders.class), matches, kit::settings, handOff, platform.clock());
        this.figures = new DeliveryFigures(entitlements, repository, matches, access);
        Supplier<Optional<EnterpriseRegistry>> registry = kit.optional(EnterpriseRegistry.class);
        this.applications = new ApplicationService(new ApplicationRepository(database.jdbi()), entitlements,
                new PublishedList(drafts), access, calendar, timeline, kit.optional(Reminders.class),
                kit.optional(EnterpriseFactsService.class), kit::settings,
                uscc -> registry.get().flatMap(r -> access.asSystem(() -> r.find(Uscc.parse(uscc))))
                        .map(Enterprise::name),
                platform.clock());
        this.applicationFiles = new ApplicationAttachments(applications, access, timeline);
        // resumable like the plugin's other parts, so the platform's demo-data wait counts it (what exists, by key,
        // is left as it is: carrying on is safe)
        kit.seedDemo(platform, access, database.dataSource(), new DemoSeeding.Part("policy-delivery-demo-data",
                () -> false, stopping -> DemoEntitlements.seed(entitlements, drafts, stopping)));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindLedger(PayoutLedger appeared) {
        this.ledger = appeared;
        // finance came (installed, started, updated): what waited is sent now
        sender.execute(() -> access.asSystem(handOff::sendWaiting));
    }

    void unbindLedger(PayoutLedger gone) {
        if (this.ledger == gone) {
            this.ledger = null;
        }
    }

    @Modified
    void modified(DeliverySettings changed) {
        kit.settingsChanged(changed);
    }

    @Deactivate
    void deactivate() {
        kit.close(); // the demo seeding first: nothing is written after the component stopped
        sender.shutdownNow();
    }

    /** New matches of the match run (as the system): one entitlement each, the enterprise told. */
    @Override
    public void matchesFound(List<PolicyMatch> newMatches) {
        long started = System.nanoTime();
        int made = access.asSystem(() -> entitlements.recordMatches(newMatches));
        LOG.info("{} new matches: {} entitlements offered in {} ms", newMatches.size(), made,
                (System.nanoTime() - started) / 1_000_000);
    }

    public EntitlementService entitlements() {
        return entitlements;
    }

    public List<Screen> screens() {
        return List.of(
                Screen.builder("entitlements", EntitlementsView.class, () -> new EntitlementsView(entitlements))
                        .title("policy.delivery.screen.entitlements").icon("vaadin:money-exchange").order(91)
                        .permission(DeliveryWorkflow.MANAGE).build(),
                Screen.builder("entitlements/:id", EntitlementView.class, () -> new EntitlementView(entitlements))
                        .title("policy.delivery.screen.entitlement").permission(DeliveryWorkflow.READ)
                        .audience(Audience.BOTH).build(),
                Screen.builder("delivery-figures", DeliveryFiguresView.class,
                        () -> new DeliveryFiguresView(figures))
                        .title("policy.delivery.screen.figures").icon("vaadin:chart").order(95)
                        .permission(DeliveryWorkflow.MANAGE).build(),
                Screen.builder("my-entitlements", MyEntitlementsView.class,
                        () -> new MyEntitlementsView(entitlements, applications))
                        .title("policy.delivery.screen.mine").icon("vaadin:money").order(25)
                        .permission(DeliveryWorkflow.CONFIRM).audience(Audience.ENTERPRISE).build(),
                Screen.builder("apply", ApplyView.class, () -> new ApplyView(applications))
                        .title("policy.delivery.screen.apply").permission(DeliveryWorkflow.APPLY)
                        .audience(Audience.ENTERPRISE).hiddenFromMenu().build(),
                Screen.builder("applications", ApplicationsView.class, () -> new ApplicationsView(applications))
                        .title("policy.delivery.screen.applications").icon("vaadin:file-add").order(92)
                        .permission(DeliveryWorkflow.MANAGE).build(),
                Screen.builder("applications/:id", ApplicationView.class,
                        () -> new ApplicationView(applications, attachments, applicationFiles))
                        .title("policy.delivery.screen.application").permission(DeliveryWorkflow.READ)
                        .audience(Audience.BOTH).build());
    }

    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(DeliveryWorkflow.READ, "policy.delivery.permission.read"),
                new PermissionDefinition(DeliveryWorkflow.CONFIRM, "policy.delivery.permission.confirm"),
                new PermissionDefinition(DeliveryWorkflow.MANAGE, "policy.delivery.permission.manage"),
                new PermissionDefinition(DeliveryWorkflow.APPLY, "policy.delivery.permission.apply"));
    }

    public List<DemoRole> demoRoles() {
        return DeliveryWorkflow.DEMO_ROLES;
    }

    public List<Section> sections() {
        return List.of(Section.enterprise("entitlements", "policy.delivery.section", 36, DeliveryWorkflow.READ,
                Audience.BOTH, uscc -> new EnterpriseEntitlementsSection(entitlements, uscc)));
    }

    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("delivery", "policy.delivery.widget.title",
                () -> new DeliveryWidget(figures), 35, 2, DeliveryWorkflow.MANAGE));
    }

    public List<ScheduledJob> jobs() {
        return List.of(
                // tell the untold, lapse what passed its deadline (flagged once), send the outbox
                ScheduledJob.daily("entitlement-daily", LocalTime.of(8, 0), () -> access.asSystem(() -> {
                    entitlements.daily();
                    return applications.flagOverdue();
                })),
                // the outbox between the daily runs (finance's database back after an outage)
                new ScheduledJob("payout-outbox", Duration.ofMinutes(kit.settings().retry_minutes()),
                        () -> access.asSystem(handOff::sendWaiting)));
    }
}
