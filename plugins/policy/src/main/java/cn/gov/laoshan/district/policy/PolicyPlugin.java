package cn.gov.laoshan.district.policy;

import java.time.LocalTime;
import java.util.ArrayList;
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

import cn.gov.laoshan.district.api.attachment.Attachments;
import cn.gov.laoshan.district.api.audit.AuditLog;
import cn.gov.laoshan.district.api.calendar.WorkingDayCalendar;
import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.enterprise.EnterpriseRegistry;
import cn.gov.laoshan.district.api.notice.PublicNotices;
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
import cn.gov.laoshan.district.policy.delivery.PolicyDelivery;
import cn.gov.laoshan.district.policy.draft.PolicyDrafts;
import cn.gov.laoshan.district.policy.match.PolicyMatching;
import cn.gov.laoshan.district.policy.match.service.DemoRules;
import cn.gov.laoshan.district.policy.match.service.MatchRoles;
import cn.gov.laoshan.district.policy.match.service.MatchService;
import cn.gov.laoshan.district.policy.match.ui.CalculatorView;
import cn.gov.laoshan.district.policy.match.ui.MatchingView;
import cn.gov.laoshan.district.policy.match.ui.PolicyMatchView;
import cn.gov.laoshan.district.policy.match.ui.StandingPanel;
import cn.gov.laoshan.district.policy.suggestion.service.DemoSuggestions;
import cn.gov.laoshan.district.policy.suggestion.service.GroupRepository;
import cn.gov.laoshan.district.policy.suggestion.service.GroupService;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionAttachments;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionRepository;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionRoles;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionService;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionSources;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionSettings;
import cn.gov.laoshan.district.policy.suggestion.service.SuggestionWorkflow;
import cn.gov.laoshan.district.policy.suggestion.service.TopicCategoriser;
import cn.gov.laoshan.district.policy.suggestion.ui.EnterpriseSuggestionsSection;
import cn.gov.laoshan.district.policy.suggestion.ui.GroupsView;
import cn.gov.laoshan.district.policy.suggestion.ui.MySuggestionsView;
import cn.gov.laoshan.district.policy.suggestion.ui.NewSuggestionView;
import cn.gov.laoshan.district.policy.suggestion.ui.ReserveView;
import cn.gov.laoshan.district.policy.suggestion.ui.SuggestionView;
import cn.gov.laoshan.district.policy.suggestion.ui.SuggestionWidget;
import cn.gov.laoshan.district.policy.suggestion.ui.SuggestionsView;
import cn.gov.laoshan.district.uikit.DemoSeeding;
import cn.gov.laoshan.district.uikit.PluginSupport;

/**
 * 点菜单 政策服务 (Policy service): the plugin's services are made here from the platform's and handed to the views
 * in their constructors. Each part of the plugin registers in its own block — 征点子 (suggestions: the
 * {@code suggestion*} methods) and 制单子 (policy drafts, the policy list) — so that they grow apart.
 */
@Component(service = DistrictPlugin.class, configurationPid = "cn.gov.laoshan.district.policy")
@Designate(ocd = SuggestionSettings.class)
public class PolicyPlugin implements DistrictPlugin {

    @Reference
    volatile AuditLog audit;

    /** The settings, the optional services (EventAdmin, Reminders) and the demo seeding, let go at deactivation. */
    private final PluginSupport<SuggestionSettings> kit;
    private final AccessControl access;
    private final EnterpriseRegistry registry;
    private final Attachments attachments;
    private final SuggestionService suggestions;
    private final GroupService groups;
    private final SuggestionAttachments suggestionFiles;
    /** 制单子 and 政策清单 (drafts, reviews, the published list): a part of its own, see {@link PolicyDrafts}. */
    private final PolicyDrafts drafts;
    /** 免申即享 delivery (entitlements, the hand-off to finance, 快申快享): a component of its own. */
    private final PolicyDelivery delivery;
    /** 免申即享's match side (rules, runs, results, calculator): its own DS component, see {@link PolicyMatching}. */
    private final PolicyMatching matching;

    @Activate
    public PolicyPlugin(@Reference PluginDatabase database, @Reference AccessControl access,
            @Reference WorkingDayCalendar calendar, @Reference EnterpriseRegistry registry,
            @Reference Timeline timeline, @Reference Attachments attachments, @Reference PlatformInfo platform,
            @Reference PublicNotices notices, @Reference PolicyMatching matching, @Reference PolicyDelivery delivery,
            SuggestionSettings settings, BundleContext bundle) {
        this.matching = matching;
        this.delivery = delivery;
        this.kit = PluginSupport.open(bundle, settings);
        this.access = access;
        this.registry = registry;
        this.attachments = attachments;
        Supplier<Optional<EventAdmin>> eventAdmin = kit.optional(EventAdmin.class);
        RecordEvents events = new RecordEvents(SuggestionWorkflow.PLUGIN, () -> eventAdmin.get().orElse(null), access,
                platform.clock());
        // ---- 征点子: suggestions, their answer chain, groups and the reserve library
        SuggestionRepository repository = new SuggestionRepository(database.jdbi());
        TopicCategoriser categoriser = new TopicCategoriser(repository::overrides);
        this.suggestions = new SuggestionService(repository, access, calendar, registry, timeline, events,
                categoriser, kit.optional(Reminders.class), kit::settings, platform.clock());
        this.groups = new GroupService(new GroupRepository(database.jdbi()), repository, suggestions, access,
                () -> audit, platform.clock());
        this.suggestionFiles = new SuggestionAttachments(suggestions, access, timeline, kit::settings);
        // ---- 制单子: policy drafts, their reviews, the published policy list
        this.drafts = new PolicyDrafts(database, access, timeline, notices,
                new SuggestionSources(suggestions, repository, access), eventAdmin, platform.clock());
        // one seeding in parts, so the demo data counts as done only when all are (testkit's awaitDemoData): the
        // published list first, then the demo's rules and the first match run over it (its matches become
        // entitlements before this part ends), then the suggestions
        kit.seedDemo(platform, access, database.dataSource(), drafts.demoPart(),
                new DemoSeeding.Part("policy-demo-match", () -> false, stopping -> matchDemo()),
                new DemoSeeding.Part("policy-demo-suggestions",
                        () -> suggestions.reserve() != null && access.asSystem(() -> suggestions.count(
                                cn.gov.laoshan.district.policy.suggestion.service.SuggestionFilter.ALL)) > 0,
                        stopping -> {
                            int n = DemoSuggestions.seed(repository, registry, calendar, 3000, stopping);
                            int own = DemoSuggestions.accountSuggestions(suggestions, registry, Runnable::run);
                            int grouped = DemoSuggestions.groups(groups, suggestions);
                            return n + " suggestions, " + own + " of the demo accounts' enterprises, " + grouped
                                    + " groups";
                        }));
    }

    @Deactivate
    void deactivate() {
        kit.close();
    }

    @Modified
    void modified(SuggestionSettings changed) {
        kit.settingsChanged(changed);
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(SuggestionWorkflow.PLUGIN, "policy.plugin.name", SuggestionWorkflow.DEPARTMENT,
                "policy.department");
    }

    @Override
    public List<Screen> screens() {
        List<Screen> all = new ArrayList<>(suggestionScreens());
        all.addAll(drafts.screens());
        all.addAll(matchScreens());
        all.addAll(delivery.screens());
        return List.copyOf(all);
    }

    /** The suggestion side's contributions followed by the drafts' ({@link PolicyDrafts}). */
    @SafeVarargs
    private static <T> List<T> withDrafts(List<T> ofDrafts, T... own) {
        List<T> all = new java.util.ArrayList<>(List.of(own));
        all.addAll(ofDrafts);
        return List.copyOf(all);
    }

    @Override
    public List<PermissionDefinition> permissions() {
        List<PermissionDefinition> all = new ArrayList<>(suggestionPermissions());
        all.addAll(drafts.permissions());
        all.addAll(MatchRoles.PERMISSIONS);
        all.addAll(delivery.permissions());
        return List.copyOf(all);
    }

    @Override
    public List<DemoRole> demoRoles() {
        List<DemoRole> all = new ArrayList<>(SuggestionRoles.DEMO);
        // both parts give the enterprise role permissions: the platform joins the two declarations of that id
        all.addAll(drafts.demoRoles());
        all.addAll(MatchRoles.DEMO);
        all.addAll(delivery.demoRoles());
        return List.copyOf(all);
    }

    @Override
    public List<Section> sections() {
        List<Section> all = new ArrayList<>(suggestionSections());
        all.addAll(matchSections());
        all.addAll(delivery.sections());
        return List.copyOf(all);
    }

    @Override
    public List<DashboardWidget> widgets() {
        List<DashboardWidget> all = new ArrayList<>(List.of(new DashboardWidget("suggestions", "policy.widget.title",
                () -> new SuggestionWidget(suggestions), 30, 2, SuggestionWorkflow.READ)));
        all.addAll(delivery.widgets());
        return List.copyOf(all);
    }

    @Override
    public List<ScheduledJob> jobs() {
        // the overdue notices a planned reminder did not cover (once per suggestion and round, however often it runs)
        List<ScheduledJob> all = new ArrayList<>(List.of(ScheduledJob.daily("suggestion-overdue",
                LocalTime.of(8, 30), () -> access.asSystem(suggestions::sendOverdueNotices)),
                // 免申即享: every published policy valid today over the night's facts, before the working day
                ScheduledJob.daily("policy-match-run", LocalTime.of(2, 0),
                        () -> access.asSystem(() -> matching.service().runNow()))));
        // the delivery's: entitlements' daily run (notices, lapses, the outbox) and the outbox's retry
        all.addAll(delivery.jobs());
        return List.copyOf(all);
    }

    // ---- 免申即享 (the match side): screens, sections, demo

    private List<Screen> matchScreens() {
        MatchService service = matching.service();
        return List.of(
                Screen.builder("matching", MatchingView.class, () -> new MatchingView(service, access.has(MatchService.MATCH_RUN)))
                        .title("policy.match.screen.runs").icon("vaadin:connect").order(90)
                        .permission(MatchService.MATCH_READ).build(),
                Screen.builder("matching/:id", PolicyMatchView.class,
                        () -> new PolicyMatchView(service, drafts.service().policyList()))
                        .title("policy.match.screen.policy").permission(MatchService.MATCH_READ).build(),
                Screen.builder("calculator", CalculatorView.class, () -> new CalculatorView(service, access))
                        .title("policy.calculator.title").icon("vaadin:calc").order(20)
                        .permission(MatchService.CALCULATOR).audience(Audience.ENTERPRISE).build());
    }

    private List<Section> matchSections() {
        // staff see any enterprise's standing on its page, the enterprise its own on 我的企业
        return List.of(
                Section.enterprise("policy-standing", "policy.calculator.title", 35, MatchService.MATCH_READ, Audience.STAFF,
                        uscc -> new StandingPanel(matching.service(), uscc)),
                Section.enterprise("policy-calculator", "policy.calculator.title", 35, MatchService.CALCULATOR,
                        Audience.ENTERPRISE, uscc -> new StandingPanel(matching.service(), uscc)));
    }

    /** The demo's rules for the published list and, when none ran yet, the first match run. */
    private String matchDemo() {
        MatchService service = matching.service();
        return access.asSystem(() -> {
            int rules = DemoRules.seed(service, drafts.service().policyList().published(
                    cn.gov.laoshan.district.policy.draft.service.PolicyListFilter.ALL, 0, 10_000));
            if (service.repository().runs(1).isEmpty()) {
                service.runNow();
            }
            return rules + " rules, first match run done";
        });
    }

    // ---- 征点子 (suggestions): screens, sections, permissions

    private List<Screen> suggestionScreens() {
        return List.of(
                Screen.builder("suggestions", SuggestionsView.class, () -> new SuggestionsView(suggestions))
                        .title("policy.screen.suggestions").icon("vaadin:inbox").order(10)
                        .permission(SuggestionWorkflow.READ).build(),
                Screen.builder("suggestions/new", NewSuggestionView.class,
                        () -> new NewSuggestionView(suggestions, registry, access))
                        .title("policy.screen.new").icon("vaadin:plus-circle").order(20)
                        .permission(SuggestionWorkflow.REGISTER).build(),
                Screen.builder("suggestions/:id", SuggestionView.class,
                        () -> new SuggestionView(suggestions, attachments, suggestionFiles))
                        .title("policy.screen.suggestion").permission(SuggestionWorkflow.READ)
                        .audience(Audience.BOTH).build(),
                Screen.builder("groups", GroupsView.class, () -> new GroupsView(groups, suggestions))
                        .title("policy.screen.groups").icon("vaadin:cluster").order(30)
                        .permission(SuggestionWorkflow.ANALYSE).build(),
                Screen.builder("reserve", ReserveView.class, () -> new ReserveView(suggestions.reserve()))
                        .title("policy.screen.reserve").icon("vaadin:archive").order(40)
                        .permission(SuggestionWorkflow.READ).build(),
                Screen.builder("my-suggestions", MySuggestionsView.class, () -> new MySuggestionsView(suggestions))
                        .title("policy.screen.mine").icon("vaadin:comment-ellipsis").order(10)
                        .permission(SuggestionWorkflow.SUBMIT).audience(Audience.ENTERPRISE).build());
    }

    private List<Section> suggestionSections() {
        // an enterprise's suggestions on its page: staff within their scope, an enterprise user its own
        return List.of(Section.enterprise("suggestions", "policy.section.suggestions", 30, SuggestionWorkflow.READ,
                Audience.BOTH, uscc -> new EnterpriseSuggestionsSection(suggestions, uscc,
                        () -> access.currentUser().map(u -> !u.external()).orElse(false))));
    }

    private static List<PermissionDefinition> suggestionPermissions() {
        return List.of(
                new PermissionDefinition(SuggestionWorkflow.READ, "policy.permission.read"),
                new PermissionDefinition(SuggestionWorkflow.REGISTER, "policy.permission.register"),
                new PermissionDefinition(SuggestionWorkflow.SUBMIT, "policy.permission.submit"),
                new PermissionDefinition(SuggestionWorkflow.ANALYSE, "policy.permission.analyse"),
                new PermissionDefinition(SuggestionWorkflow.RESPOND, "policy.permission.respond"),
                new PermissionDefinition(SuggestionWorkflow.RATE, "policy.permission.rate"));
    }
}
