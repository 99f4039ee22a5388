package cn.gov.laoshan.district.policy.match.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.money.Yuan;
import cn.gov.laoshan.district.policy.match.service.MatchService;
import cn.gov.laoshan.district.uikit.Money;

/**
 * 政策计算器 for one enterprise: the policies it qualifies for now (with the estimated amount) and those it nearly
 * qualifies for with what is missing; each opens its explanation condition by condition. For the enterprise itself
 * (企业服务, 我的企业) and for staff on the enterprise's page.
 */
public class StandingPanel extends VerticalLayout {

    public StandingPanel(MatchService service, String uscc) {
        addClassName("policy-calculator");
        setPadding(false);
        List<MatchService.Standing> all = service.standing(uscc);
        List<MatchService.Standing> qualified = all.stream().filter(s -> s.row().match()).toList();
        List<MatchService.Standing> near = all.stream().filter(s -> !s.row().match()).toList();
        Yuan total = qualified.stream().map(s -> s.row().amount()).filter(a -> a != null).reduce(Yuan.ZERO, Yuan::plus);
        Div qualifiedList = new Div();
        qualifiedList.setId("policy-calculator-qualified");
        for (MatchService.Standing s : qualified) {
            String amount = s.row().amount() == null ? getTranslation("policy.calculator.no-money")
                    : Money.yuan(s.row().amount().amount(), getLocale());
            qualifiedList.add(item(service, s, getTranslation("policy.calculator.amount", amount), uscc));
        }
        if (qualified.isEmpty()) {
            qualifiedList.add(new Paragraph(getTranslation("policy.calculator.none")));
        }
        Div nearList = new Div();
        nearList.setId("policy-calculator-near");
        for (MatchService.Standing s : near) {
            nearList.add(item(service, s, getTranslation("policy.calculator.missing"), uscc));
        }
        if (near.isEmpty()) {
            nearList.add(new Paragraph(getTranslation("policy.calculator.none")));
        }
        add(new H3(getTranslation("policy.calculator.qualified", qualified.size(), Money.yuan(total.amount(), getLocale()))),
                qualifiedList, new H3(getTranslation("policy.calculator.near", near.size())), nearList);
    }

    private Details item(MatchService service, MatchService.Standing s, String note, String uscc) {
        String code = s.policy().payoutCode() == null ? "" : s.policy().payoutCode() + " ";
        Details details = new Details(code + s.policy().title() + " — " + note);
        details.addClassName("policy-calculator-item");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(new Paragraph(MatchText.sentence(service, getLocale()).of(s.policy().rule().rule())),
                        new ExplanationPanel(service, s.policy().policyId(), uscc));
            }
        });
        return details;
    }
}
