package cn.gov.laoshan.district.policy.draft.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gov.laoshan.district.policy.draft.domain.DraftComment;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.uikit.BackLink;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.RecordPage;
import cn.gov.laoshan.district.uikit.Steps;

/** One draft in its comment period: its text, a comment form, and the user's own enterprise's comments with answers. */
public class OpenDraftView extends RecordPage<PolicyDraft> {

    private final DraftService drafts;

    public OpenDraftView(DraftService drafts) {
        super("policy-consult-draft", drafts::findOpen);
        this.drafts = drafts;
    }

    @Override
    protected void fill(PolicyDraft draft) {
        add(BackLink.to("policy/consult", getTranslation("policy.draft.screen.consult")), new H2(draft.title()),
                new Paragraph(getTranslation("policy.draft.comment.period", Dates.date(draft.commentFrom(), getLocale()),
                        Dates.date(draft.commentTo(), getLocale()), draft.commentTo().toEpochDay()
                                - draft.commentFrom().toEpochDay() + 1)),
                DraftContent.of(this, draft, java.util.List.of(), java.util.List.of()));
        TextArea text = new TextArea(getTranslation("policy.draft.comment.text"));
        text.setId("policy-draft-comment-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("policy.action.comment"), e -> {
            if (Steps.standard("policy-draft-error").withSavedKey("policy.draft.comment.sent").call(this,
                    Map.of("comment", text), () -> drafts.comment(draft.id(), text.getValue())) != null) {
                show(draft);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("policy-draft-comment-send");
        add(new H3(getTranslation("policy.draft.comments.mine")), text, send);
        for (DraftComment c : drafts.comments(draft.id())) {
            add(new Paragraph(getTranslation("policy.draft.comment.by", c.displayName(),
                    Dates.dateTime(c.commentedAt(), getLocale())) + " " + c.body()));
            if (c.answer() != null) {
                add(new Paragraph(getTranslation("policy.draft.comment.answer", c.answer())));
            }
        }
    }
}
