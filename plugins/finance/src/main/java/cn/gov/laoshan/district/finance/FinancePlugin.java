package cn.gov.laoshan.district.finance;

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

import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFacts;
import cn.gov.laoshan.district.api.enterprise.facts.FigureKind;
import cn.gov.laoshan.district.api.enterprise.facts.Qualification;
import cn.gov.laoshan.district.api.notify.Notifications;
import cn.gov.laoshan.district.api.notify.Reminders;
import cn.gov.laoshan.district.api.plugin.ScheduledJob;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.enterprise.Uscc;
import cn.gov.laoshan.district.api.enterprise.facts.EnterpriseFactsService;
import cn.gov.laoshan.district.api.enterprise.facts.FactSnapshot;
import cn.gov.laoshan.district.api.enterprise.facts.FactColumn;
import cn.gov.laoshan.district.api.masking.Masking;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.payout.PayoutLedger;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DashboardWidget;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.DistrictPlugin;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.PlatformInfo;
import cn.gov.laoshan.district.api.security.RecordScope;
import cn.gov.laoshan.district.api.plugin.PluginDescriptor;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.plugin.Section;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.finance.domain.EnterpriseProfile;
import cn.gov.laoshan.district.finance.domain.EquityRules;
import cn.gov.laoshan.district.finance.service.BankDirectory;
import cn.gov.laoshan.district.finance.service.FinanceReminders;
import cn.gov.laoshan.district.finance.service.FinancingRepository;
import cn.gov.laoshan.district.finance.service.FinancingService;
import cn.gov.laoshan.district.finance.service.FinancingWorkflow;
import cn.gov.laoshan.district.finance.service.MatchmakingDemo;
import cn.gov.laoshan.district.finance.service.EnterpriseLookup;
import cn.gov.laoshan.district.finance.service.EquityService;
import cn.gov.laoshan.district.finance.service.FinanceSettings;
import cn.gov.laoshan.district.finance.service.FinanceDemo;
import cn.gov.laoshan.district.finance.service.FinanceLedger;
import cn.gov.laoshan.district.finance.service.PayoutRepository;
import cn.gov.laoshan.district.finance.service.Budgets;
import cn.gov.laoshan.district.finance.service.PayoutIntake;
import cn.gov.laoshan.district.finance.service.PayoutListing;
import cn.gov.laoshan.district.finance.service.PayoutService;
import cn.gov.laoshan.district.finance.service.PayoutWorkflow;
import cn.gov.laoshan.district.finance.ui.BankDemandsView;
import cn.gov.laoshan.district.finance.ui.BanksView;
import cn.gov.laoshan.district.finance.ui.BatchesView;
import cn.gov.laoshan.district.finance.ui.FinancingView;
import cn.gov.laoshan.district.finance.ui.MyFinancingView;
import cn.gov.laoshan.district.finance.ui.BudgetsView;
import cn.gov.laoshan.district.finance.ui.EnterprisePayoutsSection;
import cn.gov.laoshan.district.finance.ui.EquityView;
import cn.gov.laoshan.district.finance.ui.PayoutWidget;
import cn.gov.laoshan.district.finance.ui.PayoutsView;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.uikit.PluginSupport;

/**
 * 金融服务 (Finance): the payout ledger (政策兑现), grant-to-equity (拨改投) and financing matchmaking (金企通). The plugin's services are made here from the platform's and
 * handed to the views in their constructors; the ledger is offered to other plugins as {@link PayoutLedger}.
 */
@Component(service = DistrictPlugin.class, configurationPid = "cn.gov.laoshan.district.finance")
@Designate(ocd = FinanceSettings.class)
public class FinancePlugin implements DistrictPlugin {

    /** Tracks EventAdmin, PublicNotices and the facts service until deactivation; registers the ledger. */
    private final PluginSupport<FinanceSettings> kit;
    private final EquityService equity;
    private final PayoutService payouts;
    private final Budgets budgets;
    private final PayoutIntake intake;
    private final PayoutListing listing;
    private final Masking masking;
    private final AccessControl access;
    private final FinancingService financing;
    private final BankDirectory directory;
    private final FinanceReminders reminders;

    /** The daily reminders' time (Beijing): before offices open, so the day's due answers are in the bells. */
    static final java.time.LocalTime REMIND_AT = java.time.LocalTime.of(7, 0);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FinancePlugin.class);

    @Activate
    public FinancePlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference Timeline timeline, @Reference AuditLog audit, @Reference EnterpriseRegistry registry,
            @Reference Masking masking, @Reference PlatformInfo platform, @Reference WorkingDayCalendar calendar,
            FinanceSettings settings, BundleContext bundle) {
        this.kit = PluginSupport.open(bundle, settings);
        this.masking = masking;
        this.access = access;
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        RecordEvents events = new RecordEvents(PayoutWorkflow.PLUGIN, () -> eventAdmin.get().orElse(null), access,
                platform.clock());
        Supplier<Optional<EnterpriseFactsService>> facts = kit.optional(EnterpriseFactsService.class);
        // the sender need not read the registry: the ledger looks the enterprise up as the platform
        EnterpriseLookup lookup = new EnterpriseLookup() {
            @Override
            public Optional<Facts> find(String uscc) {
                return access.asSystem(() -> registry.find(Uscc.parse(uscc)).map(e -> new Facts(e.industryCode(),
                        facts.get().flatMap(f -> street(f, e.uscc())).orElse(null))));
            }

            /** An import's enterprises from one snapshot of two columns (the registry keeps it: milliseconds). */
            @Override
            public java.util.Map<String, Facts> findAll(java.util.Collection<String> usccs) {
                Optional<EnterpriseFactsService> service = facts.get();
                if (service.isEmpty()) {
                    return EnterpriseLookup.super.findAll(usccs);
                }
                FactColumn industry = new FactColumn.IndustryCode();
                FactColumn street = new FactColumn.Street();
                FactSnapshot snapshot = access.asSystem(() -> service.get().snapshot(List.of(industry, street)));
                String[] codes = snapshot.usccs();
                String[] industries = snapshot.texts(industry);
                String[] streets = snapshot.texts(street);
                java.util.Map<String, Facts> found = new java.util.HashMap<>();
                for (String uscc : usccs) {
                    int i = java.util.Arrays.binarySearch(codes, uscc);
                    if (i >= 0) {
                        found.put(uscc, new Facts(industries[i], streets[i]));
                    }
                }
                return found;
            }
        };
        PayoutRepository repository = new PayoutRepository(database.jdbi());
        Supplier<Optional<PublicNotices>> notices = kit.optional(PublicNotices.class);
        this.payouts = new PayoutService(repository, access, timeline, audit, events, notices, platform.clock());
        this.budgets = new Budgets(repository, access, audit);
        this.intake = new PayoutIntake(payouts, repository, access, audit, lookup, platform.clock());
        this.listing = new PayoutListing(payouts);
        kit.register(PayoutLedger.class, new FinanceLedger(intake, payouts));
        this.equity = new EquityService(database.jdbi(), access, audit, new RecordEvents(PayoutWorkflow.PLUGIN
                + "/equity", () -> eventAdmin.get().orElse(null), access, platform.clock()), () -> new EquityRules(
                java.math.BigDecimal.valueOf(kit.settings().equity_max_stake_percent()),
                kit.settings().equity_never_largest()), platform.clock());
        FinancingRepository financingRepository = new FinancingRepository(database.jdbi());
        this.financing = new FinancingService(financingRepository, access, timeline, new RecordEvents(
                PayoutWorkflow.PLUGIN + "/financing", () -> eventAdmin.get().orElse(null), access, platform.clock()),
                calendar, (uscc, today) -> profile(access, registry, facts, uscc, today),
                kit.optional(Notifications.class), platform.clock());
        this.directory = new BankDirectory(financingRepository, access, audit, platform.clock());
        this.reminders = new FinanceReminders(financingRepository, repository, calendar, kit.optional(Reminders.class),
                platform.clock());
        // one seeding in three parts, registered together so that the demo data counts as done only when all are;
        // this year's budgets first: the policy plugin's demo sends payouts of its menu's third batch against them
        int year = payouts.today().getYear();
        kit.seedDemo(platform, access, database.dataSource(),
                new DemoSeeding.Part("finance-demo-menu-budgets-" + year,
                        () -> repository.budget("LS-P3-001", year).isPresent(),
                        stopping -> FinanceDemo.menuBudgets(budgets, year) + " budgets of the policy menu's third batch"),
                new DemoSeeding.Part("finance-demo-data", () -> !repository.budgets(RecordScope.ALL, null).isEmpty(),
                        stopping -> FinanceDemo.seed(budgets, intake, payouts, equity)),
                new DemoSeeding.Part("finance-demo-matchmaking", () -> !financingRepository.isEmpty(),
                        stopping -> MatchmakingDemo.seed(directory, financing)));
    }

    /** What a product's criteria read of an enterprise, from the registry and its facts, as the platform. */
    private static Optional<EnterpriseProfile> profile(AccessControl access, EnterpriseRegistry registry,
            Supplier<Optional<EnterpriseFactsService>> facts, String uscc, java.time.LocalDate today) {
        return access.asSystem(() -> {
            Uscc code;
            try {
                code = Uscc.parse(uscc);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            return registry.find(code).map(e -> {
                EnterpriseFacts f = facts.get().map(s -> {
                    try {
                        return s.facts(code);
                    } catch (RuntimeException ex) {
                        return null;
                    }
                }).orElse(null);
                java.util.Set<String> held = new java.util.HashSet<>();
                java.util.Map<Integer, java.math.BigDecimal> revenue = new java.util.HashMap<>();
                if (f != null) {
                    f.qualifications().stream().filter(q -> q.validOn(today)).map(Qualification::type)
                            .forEach(held::add);
                    f.figures().stream().filter(y -> y.kind() == FigureKind.OPERATING_REVENUE)
                            .forEach(y -> revenue.put(y.year(), y.value()));
                }
                return new EnterpriseProfile(e.uscc().value(), e.name(), e.size(), e.creditGrade(),
                        e.establishedOn(), held, revenue, today);
            });
        });
    }

    private static Optional<String> street(EnterpriseFactsService facts, Uscc uscc) {
        try {
            return Optional.ofNullable(facts.facts(uscc)).map(f -> f.location()).map(l -> l.street());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Modified
    void modified(FinanceSettings changed) {
        kit.settingsChanged(changed);
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(PayoutWorkflow.PLUGIN, "finance.plugin.name", PayoutWorkflow.DEPARTMENT,
                "finance.department");
    }

    @Override
    public List<Screen> screens() {
        return List.of(Screen.builder("payouts", PayoutsView.class, () -> new PayoutsView(payouts, listing, masking))
                .title("finance.screen.payouts").icon("vaadin:money").order(10)
                .permission(PayoutWorkflow.READ).build(),
                Screen.builder("budgets", BudgetsView.class, () -> new BudgetsView(payouts, budgets, intake))
                        .title("finance.screen.budgets").icon("vaadin:wallet").order(20)
                        .permission(PayoutWorkflow.MANAGE).build(),
                Screen.builder("batches", BatchesView.class, () -> new BatchesView(payouts, listing))
                        .title("finance.screen.batches").icon("vaadin:megaphone").order(30)
                        .permission(PayoutWorkflow.READ).build(),
                Screen.builder("equity", EquityView.class, () -> new EquityView(equity))
                        .title("finance.screen.equity").icon("vaadin:chart-grid").order(40)
                        .permission(PayoutWorkflow.EQUITY_READ).build(),
                Screen.builder("financing", FinancingView.class, () -> new FinancingView(financing, access))
                        .title("finance.screen.financing").icon("vaadin:handshake").order(50)
                        .permission(FinancingWorkflow.READ).build(),
                Screen.builder("banks", BanksView.class, () -> new BanksView(directory, access))
                        .title("finance.screen.banks").icon("vaadin:institution").order(60)
                        .permission(FinancingWorkflow.READ).build(),
                Screen.builder("my-financing", MyFinancingView.class, () -> new MyFinancingView(financing))
                        .title("finance.screen.my-financing").icon("vaadin:handshake").order(30)
                        .permission(FinancingWorkflow.APPLY).audience(Audience.ENTERPRISE).build(),
                Screen.builder("bank-demands", BankDemandsView.class, () -> new BankDemandsView(financing))
                        .title("finance.screen.bank-demands").icon("vaadin:institution").order(35)
                        .permission(FinancingWorkflow.RESPOND).audience(Audience.ENTERPRISE).build());
    }

    @Override
    public List<DashboardWidget> widgets() {
        return List.of(new DashboardWidget("payouts", "finance.widget.title", () -> new PayoutWidget(payouts, budgets, equity, financing, access), 30, 2,
                PayoutWorkflow.READ));
    }

    @Override
    public List<Section> sections() {
        return List.of(Section.enterprise("payouts", "finance.section.payouts", 30, PayoutWorkflow.READ,
                Audience.STAFF, uscc -> new EnterprisePayoutsSection(payouts, masking, uscc)),
                Section.enterprise("my-payouts", "finance.section.payouts", 30, PayoutWorkflow.CONFIRM,
                        Audience.ENTERPRISE, uscc -> new EnterprisePayoutsSection(payouts, masking, uscc)));
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PayoutWorkflow.READ, "finance.permission.read"),
                new PermissionDefinition(PayoutWorkflow.MANAGE, "finance.permission.manage"),
                new PermissionDefinition(PayoutWorkflow.APPROVE, "finance.permission.approve"),
                new PermissionDefinition(PayoutWorkflow.REQUEST, "finance.permission.request"),
                new PermissionDefinition(PayoutWorkflow.CONFIRM, "finance.permission.confirm"),
                new PermissionDefinition(PayoutWorkflow.EQUITY_READ, "finance.permission.equity-read"),
                new PermissionDefinition(PayoutWorkflow.EQUITY_MANAGE, "finance.permission.equity-manage"),
                new PermissionDefinition(FinancingWorkflow.READ, "finance.permission.financing-read"),
                new PermissionDefinition(FinancingWorkflow.MANAGE, "finance.permission.financing-manage"),
                new PermissionDefinition(FinancingWorkflow.APPLY, "finance.permission.financing-apply"),
                new PermissionDefinition(FinancingWorkflow.RESPOND, "finance.permission.financing-respond"));
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.daily("reminders", REMIND_AT, () -> access.asSystem(() -> {
            FinanceReminders.Result result = reminders.run();
            LOG.info("finance reminders: {}", result);
            return result;
        })));
    }

    @Override
    public List<DemoRole> demoRoles() {
        return PayoutWorkflow.DEMO_ROLES;
    }
}
