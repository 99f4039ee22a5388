package cn.gov.laoshan.district.policy.draft.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import cn.gov.laoshan.district.policy.draft.domain.CompetitionCategory;
import cn.gov.laoshan.district.policy.draft.domain.FairCompetitionReview;
import cn.gov.laoshan.district.policy.draft.domain.PolicyDraft;
import cn.gov.laoshan.district.policy.draft.domain.ReviewOrder;
import cn.gov.laoshan.district.policy.draft.service.DraftService;
import cn.gov.laoshan.district.policy.draft.service.PolicyBatch;
import cn.gov.laoshan.district.uikit.Dates;
import cn.gov.laoshan.district.uikit.Steps;

/**
 * The forms of the steps that need more than a reason: the fair-competition self-review (four categories, each
 * with reasons; the operators heard), opening the comment period, publishing into a batch. Each runs through
 * {@link Steps}: a refusal shows at its field and nothing changes; a step taken hands the moved draft on.
 */
final class DraftReviewForms {

    static final Steps STEPS = Steps.standard("policy-draft-error");

    private DraftReviewForms() {
    }

    static Component selfReview(Component owner, DraftService drafts, PolicyDraft draft, Consumer<PolicyDraft> moved) {
        VerticalLayout form = section(owner, "policy.draft.fair.title", "policy.draft.fair.hint");
        form.setId("policy-draft-fair-form");
        Map<String, HasValidation> fields = new HashMap<>();
        List<Checkbox> restricts = new ArrayList<>();
        List<TextArea> reasons = new ArrayList<>();
        for (CompetitionCategory category : CompetitionCategory.values()) {
            Checkbox restrict = new Checkbox(owner.getTranslation("policy.draft.fair.restricts"));
            restrict.setId("policy-draft-restricts-" + category.name());
            TextArea reason = new TextArea(owner.getTranslation("policy.draft.category." + category.name()));
            reason.setId("policy-draft-reasons-" + category.name());
            reason.setPlaceholder(owner.getTranslation("policy.draft.category." + category.name() + ".hint"));
            reason.setWidthFull();
            fields.put("reasons-" + category.name(), reason);
            restricts.add(restrict);
            reasons.add(reason);
            form.add(reason, restrict);
        }
        TextField heard = new TextField(owner.getTranslation("policy.draft.fair.operators-heard"));
        heard.setId("policy-draft-operatorsHeard");
        heard.setWidthFull();
        TextArea said = new TextArea(owner.getTranslation("policy.draft.fair.operators-said"));
        said.setId("policy-draft-operatorsSaid");
        said.setWidthFull();
        fields.put("operatorsHeard", heard);
        fields.put("operatorsSaid", said);
        Button save = new Button(owner.getTranslation("policy.action.self-review"), e -> {
            List<FairCompetitionReview.Answer> answers = new ArrayList<>();
            CompetitionCategory[] categories = CompetitionCategory.values();
            for (int i = 0; i < categories.length; i++) {
                answers.add(new FairCompetitionReview.Answer(categories[i], restricts.get(i).getValue(),
                        reasons.get(i).getValue()));
            }
            PolicyDraft result = STEPS.call(form, fields,
                    () -> drafts.selfReview(draft.id(), answers, heard.getValue(), said.getValue()));
            if (result != null) {
                moved.accept(result);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("policy-draft-self-review");
        form.add(heard, said, save);
        return form;
    }

    static Component openComment(Component owner, DraftService drafts, PolicyDraft draft,
            Consumer<PolicyDraft> moved) {
        VerticalLayout form = section(owner, "policy.draft.comment.title", "policy.draft.comment.hint");
        form.setId("policy-draft-comment-form");
        IntegerField days = new IntegerField(owner.getTranslation("policy.draft.comment.days"));
        days.setValue(ReviewOrder.MIN_COMMENT_DAYS);
        days.setMin(ReviewOrder.MIN_COMMENT_DAYS);
        days.setStepButtonsVisible(true);
        days.setId("policy-draft-days");
        DatePicker start = Dates.picker(new DatePicker(owner.getTranslation("policy.draft.comment.start")),
                com.vaadin.flow.component.UI.getCurrent().getLocale());
        start.setValue(drafts.today());
        start.setId("policy-draft-start");
        Button open = new Button(owner.getTranslation("policy.action.open-comment"), e -> {
            PolicyDraft result = STEPS.call(form, Map.of("days", days, "start", start), () -> drafts.openComment(
                    draft.id(), days.getValue() == null ? 0 : days.getValue(), start.getValue()));
            if (result != null) {
                moved.accept(result);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("policy-draft-open-comment");
        form.add(new FormLayout(days, start), open);
        return form;
    }

    static Component publish(Component owner, DraftService drafts, PolicyDraft draft, Consumer<PolicyDraft> moved) {
        VerticalLayout form = section(owner, "policy.draft.publish.title", "policy.draft.publish.hint");
        form.setId("policy-draft-publish-form");
        IntegerField batch = new IntegerField(owner.getTranslation("policy.draft.publish.batch"));
        List<PolicyBatch> batches = drafts.policyList().batches();
        batch.setValue(batches.isEmpty() ? 1 : batches.get(batches.size() - 1).batchNo() + 1);
        batch.setMin(1);
        batch.setStepButtonsVisible(true);
        batch.setId("policy-draft-batch");
        Button publish = new Button(owner.getTranslation("policy.action.publish"), e -> {
            PolicyDraft result = STEPS.call(form, Map.of("batch", batch),
                    () -> drafts.publish(draft.id(), batch.getValue() == null ? 0 : batch.getValue()));
            if (result != null) {
                moved.accept(result);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("policy-draft-publish");
        form.add(batch, publish);
        return form;
    }

    private static VerticalLayout section(Component owner, String titleKey, String hintKey) {
        VerticalLayout section = new VerticalLayout(new H3(owner.getTranslation(titleKey)),
                new Paragraph(owner.getTranslation(hintKey)));
        section.setPadding(false);
        section.addClassName("policy-draft-step");
        return section;
    }
}
