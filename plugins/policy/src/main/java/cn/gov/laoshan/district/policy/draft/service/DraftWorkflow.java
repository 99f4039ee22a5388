package cn.gov.laoshan.district.policy.draft.service;

import java.util.List;
import java.util.Set;

import cn.gov.laoshan.district.api.plugin.DemoRole;
import cn.gov.laoshan.district.api.workflow.StateMachine;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.ReviewOrder;

/** The drafts' permissions, demo roles and state machine, declared once. */
public final class DraftWorkflow {

    public static final String PLUGIN = "policy";
    /** The department policy drafts belong to unless the drafter's own department may hold them. */
    public static final String DEPARTMENT = "development";
    /** The timeline's and the audit log's record type. */
    public static final String TYPE = "PolicyDraft";

    /** Staff: read drafts, their reviews and comments, in their department scope. */
    public static final String READ = "policy.draft.read";
    /** The drafter: write drafts, self-review, open the comment period, answer comments, submit, publish. */
    public static final String DRAFT = "policy.draft.edit";
    /** The legal reviewer (合法性审查): pass or return a submitted draft. */
    public static final String LEGAL_REVIEW = "policy.draft.legal-review";
    /** Enterprise users (and staff): read drafts in their comment period and comment on them. */
    public static final String COMMENT = "policy.draft.comment";
    /** Everyone who reads the published policy list. */
    public static final String LIST = "policy.list.read";

    public static final List<DemoRole> DEMO_ROLES = List.of(
            DemoRole.staff("policy-drafter", "政策起草人员", "Policy drafter", DemoRole.Scope.DEPARTMENT, DEPARTMENT,
                    Set.of(READ, DRAFT, LIST, COMMENT), List.of("fgj-admin", "sunwei")),
            // the district's legal reviewer (司法局) reviews the development bureau's drafts: scoped to it
            DemoRole.staff("policy-legal-reviewer", "政策合法性审查人员", "Policy legality reviewer",
                    DemoRole.Scope.DEPARTMENT, DEPARTMENT, Set.of(READ, LEGAL_REVIEW, LIST), List.of("zhaomin")),
            DemoRole.enterprise("enterprise", "企业用户", "Enterprise user", Set.of(COMMENT, LIST), List.of()));

    /**
     * The steps in order. The guards are the service's ({@link ReviewOrder}): it checks the stored reviews before
     * firing, so a refusal names the review that is missing rather than only the state.
     */
    public static final StateMachine<DraftState, PolicyDraft> MACHINE = StateMachine
            .<DraftState, PolicyDraft>of(DraftState.class, TYPE).messages("policy.draft")
            .transition(ReviewOrder.SELF_REVIEW, DraftState.DRAFTING, DraftState.FAIR_REVIEWED).permission(DRAFT).add()
            .transition(ReviewOrder.OPEN_COMMENT, DraftState.FAIR_REVIEWED, DraftState.IN_COMMENT).permission(DRAFT)
            .add()
            .transition(ReviewOrder.SUBMIT_LEGAL, DraftState.IN_COMMENT, DraftState.LEGAL_REVIEW).permission(DRAFT)
            .add()
            .transition(ReviewOrder.PASS, DraftState.LEGAL_REVIEW, DraftState.APPROVED).permission(LEGAL_REVIEW).add()
            .transition(ReviewOrder.RETURN, DraftState.LEGAL_REVIEW, DraftState.DRAFTING).permission(LEGAL_REVIEW)
            .reasonRequired().add()
            .transition(ReviewOrder.PUBLISH, DraftState.APPROVED, DraftState.PUBLISHED).permission(DRAFT).add()
            .build();

    /** The steps a screen takes with a form of its own (the rest are buttons with at most a reason). */
    public static final Set<String> FORM_STEPS = Set.of(ReviewOrder.SELF_REVIEW, ReviewOrder.OPEN_COMMENT,
            ReviewOrder.PUBLISH);

    private DraftWorkflow() {
    }
}
