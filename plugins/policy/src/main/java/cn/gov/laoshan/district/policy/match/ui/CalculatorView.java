package cn.gov.laoshan.district.policy.match.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.api.security.AccessControl;
import cn.gov.laoshan.district.api.security.CurrentUser;
import cn.gov.laoshan.district.policy.match.service.MatchService;

/** 政策计算器 in 企业服务: the signed-in enterprise user's enterprise, what it qualifies for and nearly does. */
public class CalculatorView extends VerticalLayout {

    public CalculatorView(MatchService service, AccessControl access) {
        setId("policy-calculator");
        add(new H2(getTranslation("policy.calculator.title")), new Paragraph(getTranslation("policy.calculator.intro")));
        String uscc = access.currentUser().map(CurrentUser::uscc).orElse(null);
        if (uscc == null) {
            add(new Paragraph(getTranslation("policy.calculator.no-enterprise")));
            return;
        }
        add(new StandingPanel(service, uscc));
    }
}
