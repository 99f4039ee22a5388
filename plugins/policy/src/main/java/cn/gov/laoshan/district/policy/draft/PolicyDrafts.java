package cn.gov.laoshan.district.policy.draft;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.service.event.EventAdmin;

import cn.gov.laoshan.district.api.data.PluginDatabase;
import cn.gov.laoshan.district.api.notice.PublicNotices;
import cn.gov.laoshan.district.api.plugin.Audience;
import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.plugin.PermissionDefinition;
import cn.gov.laoshan.district.api.plugin.Screen;
import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.workflow.RecordEvents;
import cn.gov.laoshan.district.api.workflow.Timeline;
import cn.gov.laoshan.district.policy.draft.service.DemoPolicies;
import cn.gov.laoshan.district.policy.draft.service.DraftRepository;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.policy.draft.service.DraftSources;
import cn.gov.laoshan.district.policy.draft.service.DraftWorkflow;
import cn.gov.laoshan.district.policy.draft.ui.DraftFormView;
import cn.gov.laoshan.district.policy.draft.ui.DraftView;
import cn.gov.laoshan.district.policy.draft.ui.DraftsView;
import cn.gov.laoshan.district.policy.draft.ui.EditDraftView;
import cn.gov.laoshan.district.policy.draft.ui.OpenDraftView;
import cn.gov.laoshan.district.policy.draft.ui.OpenDraftsView;
import cn.gov.laoshan.district.policy.draft.ui.PolicyListView;
import cn.gov.laoshan.district.uikit.DemoSeeding;

/**
 * 制单子 and 政策清单 as one part of the policy plugin: the drafts' service made from the platform's, their screens,
 * permissions and demo roles, and their demo data. {@code PolicyPlugin} adds what this returns to its own; the
 * part needs nothing of the suggestion side but what {@link DraftSources} asks of it (a draft names its sources by
 * number; the suggestion side finds and describes them).
 */
public final class PolicyDrafts {

    private final DraftService drafts;
    private final DraftRepository repository;
    private final AccessControl access;
    private final Timeline timeline;

    public PolicyDrafts(PluginDatabase database, AccessControl access, Timeline timeline, PublicNotices notices,
            DraftSources sources, Supplier<Optional<EventAdmin>> eventAdmin, Clock clock) {
        this.access = access;
        this.timeline = timeline;
        this.repository = new DraftRepository(database.jdbi());
        RecordEvents events = new RecordEvents("policy/draft", () -> eventAdmin.get().orElse(null), access,
                clock);
        this.drafts = new DraftService(repository, access, timeline, events, notices, sources, clock);
    }

    /** The service, for the plugin's other parts (a reserve entry's drafts, the delivery of published policies). */
    public DraftService service() {
        return drafts;
    }

    /**
     * The demo's part of drafts and the published list (the three published batches and drafts at each review step),
     * for the plugin's resumable demo seeding, which also keeps its progress; the part carries on from what is there
     * (what exists, by title, is not made again).
     */
    public DemoSeeding.Part demoPart() {
        return new DemoSeeding.Part("policy-drafts-demo-data", () -> false,
                stopping -> DemoPolicies.seed(drafts, repository, timeline, stopping) + " policies and drafts");
    }

    public List<Screen> screens() {
        return List.of(
                Screen.builder("drafts", DraftsView.class, () -> new DraftsView(drafts, access.has(DraftWorkflow.DRAFT)))
                        .title("policy.draft.screen.drafts").icon("vaadin:file-text-o").order(60)
                        .permission(DraftWorkflow.READ).build(),
                Screen.builder("drafts/new", DraftFormView.class, () -> new DraftFormView(drafts))
                        .title("policy.draft.screen.new").permission(DraftWorkflow.DRAFT).hiddenFromMenu().build(),
                Screen.builder("drafts/:id/edit", EditDraftView.class, () -> new EditDraftView(drafts))
                        .title("policy.draft.screen.edit").permission(DraftWorkflow.DRAFT).build(),
                Screen.builder("drafts/:id", DraftView.class,
                        () -> new DraftView(drafts, () -> access.has(DraftWorkflow.DRAFT)))
                        .title("policy.draft.screen.draft").permission(DraftWorkflow.READ).build(),
                Screen.builder("consult", OpenDraftsView.class, () -> new OpenDraftsView(drafts))
                        .title("policy.draft.screen.consult").icon("vaadin:comments-o").order(70)
                        .permission(DraftWorkflow.COMMENT).audience(Audience.BOTH).build(),
                Screen.builder("consult/:id", OpenDraftView.class, () -> new OpenDraftView(drafts))
                        .title("policy.draft.screen.consult-draft").permission(DraftWorkflow.COMMENT)
                        .audience(Audience.BOTH).build(),
                Screen.builder("list", PolicyListView.class, () -> new PolicyListView(drafts.policyList()))
                        .title("policy.list.screen").icon("vaadin:list-ol").order(80)
                        .permission(DraftWorkflow.LIST).audience(Audience.BOTH).build());
    }

    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(DraftWorkflow.READ, "policy.draft.permission.read"),
                new PermissionDefinition(DraftWorkflow.DRAFT, "policy.draft.permission.edit"),
                new PermissionDefinition(DraftWorkflow.LEGAL_REVIEW, "policy.draft.permission.legal-review"),
                new PermissionDefinition(DraftWorkflow.COMMENT, "policy.draft.permission.comment"),
                new PermissionDefinition(DraftWorkflow.LIST, "policy.list.permission.read"));
    }

    public List<DemoRole> demoRoles() {
        return DraftWorkflow.DEMO_ROLES;
    }
}
