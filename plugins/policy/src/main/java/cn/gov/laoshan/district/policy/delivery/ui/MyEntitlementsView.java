package cn.gov.laoshan.district.policy.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import cn.gov.laoshan.district.policy.delivery.service.ApplicationService;
import cn.gov.laoshan.district.policy.delivery.service.EntitlementService;

/**
 * 企业服务 → 免申即享 (an enterprise's users): the policies the enterprise was found eligible for without applying;
 * a row opens the entitlement to confirm it with the bank account, or decline it.
 */
public class MyEntitlementsView extends VerticalLayout {

    public MyEntitlementsView(EntitlementService entitlements, ApplicationService applications) {
        setId("policy-my-entitlements");
        Button apply = new Button(getTranslation("policy.delivery.screen.apply"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("policy/apply")));
        apply.setId("policy-apply-open");
        add(new H2(getTranslation("policy.delivery.screen.mine")),
                new Paragraph(getTranslation("policy.delivery.mine.intro")),
                new EntitlementList(entitlements, null, false),
                new H3(getTranslation("policy.delivery.my-applications")),
                new Paragraph(getTranslation("policy.delivery.apply.intro")), apply, new ApplicationsView(applications, true));
    }
}
