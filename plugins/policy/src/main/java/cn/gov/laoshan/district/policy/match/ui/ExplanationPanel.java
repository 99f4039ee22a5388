package cn.gov.laoshan.district.policy.match.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import cn.gov.laoshan.district.policy.eligibility.domain.ConditionCheck;
import cn.gov.laoshan.district.policy.eligibility.domain.Explanation;
import cn.gov.laoshan.district.policy.eligibility.domain.RuleSentence;
import cn.gov.laoshan.district.policy.match.service.MatchService;

/** A match or near-miss explained condition by condition with the enterprise's actual values (RuleExplainer). */
final class ExplanationPanel extends Div {

    ExplanationPanel(MatchService service, long policyId, String uscc) {
        addClassName("policy-match-explanation");
        Optional<Explanation> explanation = service.explain(policyId, uscc);
        if (explanation.isEmpty()) {
            setText(getTranslation("policy.match.explain.none"));
            return;
        }
        RuleSentence sentence = MatchText.sentence(service, getLocale());
        UnorderedList lines = new UnorderedList();
        for (ConditionCheck check : explanation.get().checks()) {
            boolean wanted = check.met() != check.negated();
            ListItem item = new ListItem((wanted ? VaadinIcon.CHECK : VaadinIcon.CLOSE).create());
            item.add(" " + sentence.of(check));
            item.getStyle().set("color", wanted ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            lines.add(item);
        }
        add(new Div(getTranslation(explanation.get().matches() ? "policy.match.explain.matches"
                : explanation.get().nearMiss() ? "policy.match.explain.near" : "policy.match.explain.not")), lines);
    }
}
