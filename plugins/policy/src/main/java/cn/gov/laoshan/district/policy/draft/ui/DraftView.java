package cn.gov.laoshan.district.policy.draft.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.api.workflow.StateMachine.Transition;
import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.DraftState;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.LegalReview;
import cn.gov.laoshan.district.policy.draft.domain.DraftSource;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.ReviewOrder;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.policy.draft.service.DraftWorkflow;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;
import cn.gov.laoshan.district.uikit.TimelinePanel;
import cn.gov.laoshan.district.uikit.WorkflowActions;

/**
 * One draft: its content, the three reviews (done or still missing), the step the user may take now — a form for
 * the self-review, the comment period and publication, buttons for submitting, passing and returning — the
 * comments with their answers, and the history.
 */
public class DraftView extends RecordPage<PolicyDraft> {

    private final DraftService drafts;
    private final BooleanSupplier mayDraft;

    public DraftView(DraftService drafts, BooleanSupplier mayDraft) {
        super("policy-draft", drafts::find);
        this.drafts = drafts;
        this.mayDraft = mayDraft;
    }

    @Override
    protected void fill(PolicyDraft draft) {
        List<Transition<DraftState, PolicyDraft>> actions = drafts.actions(draft);
        List<Transition<DraftState, PolicyDraft>> buttons = actions.stream()
                .filter(t -> !DraftWorkflow.FORM_STEPS.contains(t.action())).toList();
        add(BackLink.to("policy/drafts", getTranslation("policy.draft.screen.drafts")), new H2(draft.title()),
                new WorkflowActions<PolicyDraft>("policy.draft", DraftReviewForms.STEPS,
                        (action, reason) -> drafts.fire(draft.id(), action, reason), this::show)
                        .show(draft.state(), buttons));
        if (draft.state() == DraftState.DRAFTING && mayDraft.getAsBoolean()) {
            Button edit = new Button(getTranslation("policy.draft.screen.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("policy/drafts/" + draft.id() + "/edit")));
            edit.setId("policy-draft-edit");
            add(edit);
        }
        add(DraftContent.of(this, draft, drafts.sources(draft.id(), DraftSource.Kind.SUGGESTION),
                drafts.sources(draft.id(), DraftSource.Kind.RESERVE)));
        add(reviews(draft));
        boolean may = actions.stream().map(Transition::action).toList().contains(ReviewOrder.SELF_REVIEW);
        if (may) {
            add(DraftReviewForms.selfReview(this, drafts, draft, this::show));
        }
        if (actions.stream().anyMatch(t -> t.action().equals(ReviewOrder.OPEN_COMMENT))) {
            add(DraftReviewForms.openComment(this, drafts, draft, this::show));
        }
        // offered to the drafter at every step before publication: a missing review is named when they try
        if (draft.state() != DraftState.PUBLISHED && mayDraft.getAsBoolean()) {
            add(DraftReviewForms.publish(this, drafts, draft, this::show));
        }
        add(comments(draft));
        add(new TimelinePanel("policy-draft-history", () -> drafts.history(draft.id()))
                .actions(action -> getTranslation("policy.action." + action)));
    }

    /** The three reviews in order, each done (with what it found) or missing. */
    private Component reviews(PolicyDraft draft) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("policy.draft.reviews")));
        box.setPadding(false);
        box.setId("policy-draft-reviews");
        Optional<FairCompetitionReview> fair = drafts.fairReview(draft);
        box.add(step("fair", fair.isPresent(), fair.map(f -> getTranslation("policy.draft.fair.done",
                f.reviewedBy(), Dates.dateTime(f.reviewedAt(), getLocale()), f.operatorsHeard())).orElse(null)));
        fair.ifPresent(f -> f.answers().forEach(a -> box.add(new Paragraph(getTranslation("policy.draft.fair.answer",
                getTranslation("policy.draft.category." + a.category()), getTranslation(a.restricts()
                        ? "policy.draft.fair.restricts" : "policy.draft.fair.not-restricts"), a.reasons())))));
        boolean commentDone = drafts.commentOver(draft);
        box.add(step("comment", commentDone, draft.commentFrom() == null ? null
                : getTranslation("policy.draft.comment.period", Dates.date(draft.commentFrom(), getLocale()),
                        Dates.date(draft.commentTo(), getLocale()),
                        ReviewOrder.days(draft.commentFrom(), draft.commentTo()))));
        Optional<LegalReview> legal = drafts.legalReview(draft);
        box.add(step("legal", legal.map(LegalReview::passed).orElse(false), legal.map(l -> l.outcome() == null
                ? getTranslation("policy.draft.legal.pending", Dates.dateTime(l.submittedAt(), getLocale()))
                : getTranslation("policy.draft.legal.decided", getTranslation("policy.draft.outcome." + l.outcome()),
                        l.reviewer(), l.reasons() == null ? "" : l.reasons())).orElse(null)));
        return box;
    }

    private Component step(String name, boolean done, String detail) {
        Span mark = new Span(getTranslation(done ? "policy.draft.review.done" : "policy.draft.review.missing"));
        mark.getElement().getThemeList().add(done ? "badge success" : "badge contrast");
        mark.setId("policy-draft-review-" + name);
        HorizontalLayout row = new HorizontalLayout(mark, new Span(getTranslation("policy.draft.review." + name)));
        if (detail != null) {
            row.add(new Span(detail));
        }
        return row;
    }

    private Component comments(PolicyDraft draft) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("policy.draft.comments")));
        box.setPadding(false);
        box.setId("policy-draft-comments");
        List<DraftComment> all = drafts.comments(draft.id());
        if (all.isEmpty()) {
            box.add(new Paragraph(getTranslation("policy.draft.comments.none")));
        }
        for (DraftComment c : all) {
            Div item = new Div(new Paragraph(getTranslation("policy.draft.comment.by", c.displayName(),
                    Dates.dateTime(c.commentedAt(), getLocale())) + " " + c.body()));
            if (c.answer() != null) {
                item.add(new Paragraph(getTranslation("policy.draft.comment.answer", c.answer())));
            }
            if (mayDraft.getAsBoolean()) {
                TextField answer = new TextField(getTranslation("policy.draft.comment.answer-field"));
                answer.setId("policy-draft-answer-" + c.id());
                Button send = new Button(getTranslation("policy.action.answer"), e -> {
                    if (Steps.standard("policy-draft-error").call(box, java.util.Map.of("answer", answer),
                            () -> drafts.answer(c.id(), answer.getValue())) != null) {
                        show(drafts.find(draft.id()).orElseThrow());
                    }
                });
                send.setId("policy-draft-answer-send-" + c.id());
                item.add(new HorizontalLayout(answer, send));
            }
            box.add(item);
        }
        return box;
    }
}
